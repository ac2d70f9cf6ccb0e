/**
 * The command line: one class per verb, each parsing its arguments and calling the services; exit
 * codes live in {@link org.newsgraph.cli.ExitCodes}. No domain logic here.
 */
package org.newsgraph.cli;
