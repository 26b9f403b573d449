/**
 * The build cache's binary files, read back quickly: what a {@link java.io.DataOutputStream}
 * wrote, through a buffer without locks. Depends on nothing else of Broadsheet.
 */
package dev.broadsheet.cachefile;
