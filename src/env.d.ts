declare namespace App {
  interface Locals {
    /** Charts whose notes a page has already shown (a chart used in two blocks prints its notes once). */
    chartNotesShown?: Set<string>;
    /** Whether a page has already placed the step engine's loader (one serves every block). */
    scrollyEngineHeld?: boolean;
  }
}
