export { SubsidyTable } from "./subsidy-table"
