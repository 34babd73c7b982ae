package org.tori.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

/** Waiting on what `bin/tori run` or `bin/tori cluster` started as a process of its own. */
public final class Processes {

    private Processes() {}

    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls the condition each second; fails with the log's tail if the process ends or time runs out. */
    public static void waitFor(Duration timeout, Condition condition, Process process, File log) throws Exception {
        var end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new AssertionError("the process ended early:\n" + tail(log));
            }
            try {
                if (condition.holds()) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not within " + timeout + ":\n" + tail(log));
    }

    public static String tail(File log) throws IOException {
        var text = Files.readString(log.toPath());
        return text.substring(Math.max(0, text.length() - 4000));
    }

    public static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
