package io.modelgate.adapters.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Captures what ModelGate logs through java.util.logging (jboss-logging's backend outside Quarkus). */
final class LogCapture extends Handler {

    private static final Logger ROOT = Logger.getLogger("io.modelgate");
    private final List<String> lines = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    static LogCapture start() {
        LogCapture capture = new LogCapture();
        capture.setLevel(Level.ALL);
        ROOT.setLevel(Level.ALL);
        ROOT.addHandler(capture);
        return capture;
    }

    void stop() {
        ROOT.removeHandler(this);
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        lines.add(formatter.format(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
