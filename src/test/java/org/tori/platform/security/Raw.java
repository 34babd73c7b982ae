package org.tori.platform.security;

import java.io.IOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** Requests whose target no HTTP client would send as it is: "//host/" paths, backslashes. */
final class Raw {

    private Raw() {}

    static String get(URL deployment, String target) throws IOException {
        int port = deployment.getPort() < 0 ? 80 : deployment.getPort();
        try (var socket = new Socket(deployment.getHost(), port)) {
            socket.setSoTimeout(15_000);
            var request = "GET " + target + " HTTP/1.1\r\nHost: " + deployment.getHost() + ":" + port
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String header(String response, String name) {
        for (var line : response.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }
}
