package io.weeklyreport.cli;

import java.util.concurrent.ThreadFactory;

/**
 * Threads that never keep the program running: Ctrl-C must not wait for a render, a browser's open page or a stuck
 * library call (which Java cannot stop) to finish. Named, so that a thread dump says what each one is for.
 */
record DaemonThreads(String name) implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
