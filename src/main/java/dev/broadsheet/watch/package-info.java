/**
 * Watching the inputs of a site for changes, so that {@code build --watch} can build again
 * after each. Depends on nothing else of Broadsheet.
 */
package dev.broadsheet.watch;
