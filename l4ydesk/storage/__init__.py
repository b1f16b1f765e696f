# Registers the chat turn, v0 sync and conflict tables on Base.metadata.
# Registers the availability tables (resources, schedules, blocks, bookings) on Base.metadata.
from l4ydesk.storage import calendar_models as calendar_models
from l4ydesk.storage import chat_models as chat_models

# Registers the connection_runs table on Base.metadata, for Alembic and the store.
from l4ydesk.storage import connection_models as connection_models

# Registers the credit account, transaction and applied-event tables.
from l4ydesk.storage import credit_models as credit_models

# Registers the platform API tables (keys, submissions, webhooks, orders) on Base.metadata.
from l4ydesk.storage import platform_models as platform_models

# Registers the publish settings and publish run tables.
from l4ydesk.storage import publish_models as publish_models

# Registers the visitor sign-in throttle table (failed sign-ins and lockouts per email).
from l4ydesk.storage import sign_in_throttle_models as sign_in_throttle_models

# Registers the calendar sync tables (linked calendars, pulled events, pushed bookings).
from l4ydesk.storage import sync_models as sync_models

# Registers the visitor account and session tables (sign-in for published apps).
from l4ydesk.storage import visitor_models as visitor_models
