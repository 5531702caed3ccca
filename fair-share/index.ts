export * from "./period";
export * from "./fields";
export * from "./validate";
export * from "./floor";
export * from "./pro-rata";
export * from "./flows";
export * from "./evaluation";
export * from "./monitor";
