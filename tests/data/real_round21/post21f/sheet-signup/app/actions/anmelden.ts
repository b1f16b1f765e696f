"use server"

import { GoogleSpreadsheet } from "google-spreadsheet"
import { JWT } from "google-auth-library"

// a sign-up written as a row into a sheet kept outside the app, through its SDK
export async function inTabelleSchreiben(daten: { name: string; email: string; kurs: string }) {
  const zugang = new JWT({
    email: process.env.SHEET_ACCOUNT,
    key: process.env.SHEET_KEY,
    scopes: ["https://www.googleapis.com/auth/spreadsheets"],
  })
  const tabelle = new GoogleSpreadsheet(process.env.SHEET_ID ?? "", zugang)
  await tabelle.loadInfo()
  const blatt = tabelle.sheetsByIndex[0]
  await blatt.addRow({ ...daten, eingegangen: new Date().toISOString() })
  return { ok: true }
}
