/** The engine's file size limit (MAX_SCENARIO_BYTES), repeated here so the title need not load the engine to refuse a huge file early. */
export const MAX_SCENARIO_BYTES_UI = 1024 * 1024;
