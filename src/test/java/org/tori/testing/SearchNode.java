package org.tori.testing;

import java.io.File;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Stops and starts the real Elasticsearch node of the test run, through bin/tori es. */
public final class SearchNode {

    private SearchNode() {}

    public static void stop() throws IOException, InterruptedException {
        run("stop");
    }

    public static void start() throws IOException, InterruptedException {
        run("start");
    }

    private static void run(String command) throws IOException, InterruptedException {
        var basedir = new File(System.getProperty("tori.basedir", "."));
        var process = new ProcessBuilder(new File(basedir, "bin/tori").getPath(), "es", command)
                .directory(basedir)
                .inheritIO()
                .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/tori es " + command + " did not finish");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("bin/tori es " + command + " failed: " + process.exitValue());
        }
    }
}
