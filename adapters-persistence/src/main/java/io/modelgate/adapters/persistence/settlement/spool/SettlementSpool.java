package io.modelgate.adapters.persistence.settlement.spool;

import io.modelgate.application.gateway.port.out.Settlement;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local write-ahead log of settlements. A settlement is appended (one {@code write}) before the
 * caller gets its answer, so it survives the process being killed: the operating system keeps what
 * was written. The writer forces the file to disk before each database commit (group fsync), so it
 * also survives losing the machine once committed batches are behind it.
 *
 * <p>Segments: appends go to the current segment; a segment is rotated after a second or a few MB
 * and deleted once closed and every settlement in it committed. At start, the segments left by the
 * previous process are read back and replayed (applying a settlement twice changes nothing).
 *
 * <p>The directory belongs to one process at a time (a file lock); it also remembers the id of the
 * process that used it last, whose in-flight calls are reconciled once its spool was replayed.
 */
public final class SettlementSpool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SettlementSpool.class);
    private static final long ROTATE_AFTER_NANOS = 1_000_000_000L;
    private static final long ROTATE_AFTER_BYTES = 4L << 20;

    /** One spool file and how many of its settlements were appended and committed. */
    public static final class Segment {
        final Path file;
        private final FileChannel channel;
        private final long openedNanos = System.nanoTime();
        private final AtomicLong appended = new AtomicLong();
        private final AtomicLong settled = new AtomicLong();
        private long bytes;
        private volatile boolean closed;

        private Segment(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        /** True for a segment the previous process left (read back at start). */
        public boolean leftByPredecessor() {
            return channel == null;
        }
    }

    /** A settlement and the segment that holds it. */
    public record Entry(Settlement settlement, Segment segment) {
    }

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Optional<String> predecessor;
    private final List<Entry> leftOver;
    private long sequence;
    private Segment current;

    private SettlementSpool(Path directory, FileChannel lockChannel, FileLock lock, Optional<String> predecessor,
                            List<Entry> leftOver) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.predecessor = predecessor;
        this.leftOver = leftOver;
    }

    /** Locks the directory, reads what the previous process left, records {@code instanceId} as its owner. */
    public static SettlementSpool open(Path directory, String instanceId) {
        try {
            Files.createDirectories(directory);
            FileChannel lockChannel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = lockChannel.tryLock();
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("the settlement spool " + directory + " is used by another running "
                        + "ModelGate; give each instance its own (modelgate.settlement.spool-dir)");
            }
            Path owner = directory.resolve("instance");
            Optional<String> predecessor = Files.exists(owner)
                    ? Optional.of(Files.readString(owner).trim()).filter(s -> !s.isEmpty()) : Optional.empty();
            List<Entry> leftOver = new ArrayList<>();
            for (Path file : segments(directory)) {
                leftOver.addAll(read(file));
            }
            Path next = directory.resolve("instance.next");
            Files.writeString(next, instanceId);
            try (FileChannel c = FileChannel.open(next, StandardOpenOption.WRITE)) {
                c.force(true);
            }
            Files.move(next, owner, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            SettlementSpool spool = new SettlementSpool(directory, lockChannel, lock, predecessor, leftOver);
            if (!leftOver.isEmpty()) {
                LOG.infof("Settlement spool %s: %d settlement(s) left by the previous process will be replayed",
                        directory, leftOver.size());
            }
            return spool;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the settlement spool " + directory, e);
        }
    }

    /** The settlements the previous process spooled; each may or may not have been committed. */
    public List<Entry> leftOver() {
        return leftOver;
    }

    public Optional<String> predecessor() {
        return predecessor;
    }

    /** Appends one settlement; when this returns, a killed process no longer loses it. */
    public synchronized Entry append(Settlement settlement) {
        byte[] line = SpoolCodec.encode(settlement).getBytes(StandardCharsets.UTF_8);
        try {
            if (current == null || current.bytes > ROTATE_AFTER_BYTES
                    || System.nanoTime() - current.openedNanos > ROTATE_AFTER_NANOS) {
                rotate();
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                current.channel.write(buffer);
            }
            current.bytes += line.length;
            current.appended.incrementAndGet();
            return new Entry(settlement, current);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the settlement spool " + directory, e);
        }
    }

    /** Forces the current segment to disk (the writer calls it before each commit). */
    public void sync() {
        Segment segment;
        synchronized (this) {
            segment = current;
        }
        if (segment != null && !segment.closed) {
            try {
                segment.channel.force(false);
            } catch (IOException e) {
                LOG.warnf("Cannot force the settlement spool to disk: %s", e.getMessage());
            } catch (RuntimeException closedMeanwhile) {
                // rotated and closed by an append: that close wrote it out
            }
        }
    }

    /** Counts committed settlements; deletes a closed segment whose settlements are all committed. */
    public void settled(Entry entry) {
        Segment segment = entry.segment();
        segment.settled.incrementAndGet();
        deleteIfDone(segment);
    }

    /** When everything appended was committed and nothing is waiting, starts a fresh segment. */
    public synchronized void rotateIfSettled() {
        if (current != null && current.appended.get() > 0 && current.settled.get() == current.appended.get()) {
            try {
                rotate();
            } catch (IOException e) {
                LOG.warnf("Cannot rotate the settlement spool: %s", e.getMessage());
            }
        }
    }

    /** Keeps a settlement the database refused for good, for an operator to look at. */
    public synchronized void reject(Entry entry, String reason) {
        try {
            Files.writeString(directory.resolve("rejected.log"), "# " + reason.replace('\n', ' ') + "\n"
                            + SpoolCodec.encode(entry.settlement()), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.errorf("Cannot keep a rejected settlement of request %s: %s", entry.settlement().requestId(),
                    e.getMessage());
        }
        settled(entry);
    }

    private void rotate() throws IOException {
        Segment old = current;
        Path file = directory.resolve(String.format("settlements-%013d-%06d.spool", System.currentTimeMillis(),
                sequence++));
        current = new Segment(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
        if (old != null) {
            old.channel.force(false);
            old.channel.close();
            old.closed = true;
            deleteIfDone(old);
        }
    }

    private static void deleteIfDone(Segment segment) {
        if (segment.closed && segment.settled.get() >= segment.appended.get()) {
            try {
                Files.deleteIfExists(segment.file);
            } catch (IOException e) {
                LOG.warnf("Cannot delete the settled spool segment %s: %s", segment.file, e.getMessage());
            }
        }
    }

    private static List<Path> segments(Path directory) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(directory, "settlements-*.spool")) {
            found.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** A left-over segment as entries of a closed segment, so that it is deleted once all are committed. */
    private static List<Entry> read(Path file) throws IOException {
        Segment segment = new Segment(file, null);
        segment.closed = true;
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines) {
            Optional<Settlement> settlement = line.isBlank() ? Optional.empty() : safeDecode(line);
            if (settlement.isEmpty()) {
                LOG.warnf("Skipping a torn or unreadable line in the settlement spool %s", file);
                continue;
            }
            segment.appended.incrementAndGet();
            entries.add(new Entry(settlement.get(), segment));
        }
        if (entries.isEmpty()) {
            Files.deleteIfExists(file);
        }
        return entries;
    }

    private static Optional<Settlement> safeDecode(String line) {
        try {
            return SpoolCodec.decode(line);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (current != null) {
                current.channel.force(false);
                current.channel.close();
                current.closed = true;
                deleteIfDone(current);
            }
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warnf("Cannot close the settlement spool: %s", e.getMessage());
        }
    }
}
