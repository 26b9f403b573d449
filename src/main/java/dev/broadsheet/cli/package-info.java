/**
 * The command line: {@link dev.broadsheet.cli.Main} (the only class that exits the JVM), the root
 * {@link dev.broadsheet.cli.BroadsheetCommand}, one class per subcommand and the
 * {@link dev.broadsheet.cli.ExitCodes}.
 */
package dev.broadsheet.cli;
