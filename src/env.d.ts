declare namespace App {
  interface Locals {
    /** Charts whose notes a page has already shown (a chart used in two blocks prints its notes once). */
    chartNotesShown?: Set<string>;
  }
}
