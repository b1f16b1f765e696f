export const db = { from: (table: string) => ({ select: async () => ({ data: [] as { id: string; name: string; price: number }[], table }) }) }
