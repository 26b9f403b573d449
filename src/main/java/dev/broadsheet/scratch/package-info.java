/**
 * Scratch folders: those a build works in and deletes when it ends (the search index's spill,
 * the staging copy of the site), named after the build's process so that the next build can
 * delete the ones a killed build left; and {@link dev.broadsheet.scratch.FreshNames}, names no
 * other file has. Depends on nothing else of Broadsheet.
 */
package dev.broadsheet.scratch;
