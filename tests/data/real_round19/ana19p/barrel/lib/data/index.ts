export * from "./teas"
