"""Calendar sync: external calendars feed a resource's busy time and receive its bookings."""
