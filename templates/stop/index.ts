// STOP XML (imop-tekst) of an adopted or amending ordinance: pure, over ordinance-model. See besluit.ts.
export { stopBesluit, STOP_SCHEMA_VERSION, type StopDecision, type StopInput, type StopOutput } from "./besluit";
export { bevoegdGezag, tooiGemeente, workIds, StopError, type WorkIds } from "./identifiers";
export { checkStop, type StopProblem } from "./check";
