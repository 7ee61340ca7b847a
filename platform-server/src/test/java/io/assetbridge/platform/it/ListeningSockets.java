package io.assetbridge.platform.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ports a process listens on, read from Linux's {@code /proc} as {@code ss -ltnup} does: the
 * namespace's TCP sockets in state LISTEN and its bound UDP sockets, kept when one of the process's
 * file descriptors is that socket.
 */
final class ListeningSockets {

    private static final Pattern SOCKET = Pattern.compile("socket:\\[(\\d+)]");
    private static final String TCP_LISTEN = "0A";
    private static final String UDP_UNCONNECTED = "07";

    private ListeningSockets() {}

    /** Entries as {@code tcp:8080} or {@code udp:54327}. */
    static Set<String> of(long pid) {
        Path proc = Path.of("/proc", String.valueOf(pid));
        Map<String, String> byInode = new HashMap<>();
        for (String table : List.of("tcp", "tcp6")) {
            byInode.putAll(ports(proc.resolve("net").resolve(table), TCP_LISTEN, "tcp:"));
        }
        for (String table : List.of("udp", "udp6")) {
            byInode.putAll(ports(proc.resolve("net").resolve(table), UDP_UNCONNECTED, "udp:"));
        }
        Set<String> owned = new TreeSet<>();
        try (Stream<Path> fds = Files.list(proc.resolve("fd"))) {
            fds.forEach(fd -> {
                try {
                    Matcher socket = SOCKET.matcher(Files.readSymbolicLink(fd).toString());
                    if (socket.matches() && byInode.containsKey(socket.group(1))) {
                        owned.add(byInode.get(socket.group(1)));
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away while listing: not a listening socket
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owned;
    }

    /** inode → protocol:port for the rows of one /proc/net table in the given state. */
    private static Map<String, String> ports(Path table, String state, String protocol) {
        Map<String, String> byInode = new HashMap<>();
        if (!Files.exists(table)) {
            return byInode;
        }
        try {
            List<String> lines = Files.readAllLines(table);
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String localAddress = columns[1];
                if (columns[3].equals(state)) {
                    int port = Integer.parseInt(localAddress.substring(localAddress.indexOf(':') + 1), 16);
                    byInode.put(columns[9], protocol + port);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byInode;
    }
}
