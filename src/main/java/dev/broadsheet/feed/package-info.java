/**
 * Feeds of the latest articles in Atom 1.0, RSS 2.0 and JSON Feed 1.1: pure functions from a
 * {@link dev.broadsheet.feed.Feed} to bytes, written with the JDK's StAX and with Jackson, never
 * by string concatenation, so every value is escaped by the writer.
 */
package dev.broadsheet.feed;
