package com.mstudio.app.cli;

import java.io.PrintStream;
import java.util.List;

/** One headless command. Returns the process exit code. Bad input is thrown as StudioException (exit 2). */
interface Command {
    String name();

    /** One line for the usage text. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
