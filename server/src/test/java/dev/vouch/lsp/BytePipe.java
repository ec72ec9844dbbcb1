package dev.vouch.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * An in-memory pipe for tests. Unlike {@code PipedInputStream}, it does not fail when a thread that once
 * wrote to it has ended, and unlike NIO pipes an interrupted writer does not close it.
 */
final class BytePipe {
    private byte[] buf = new byte[1 << 16];
    private int start;
    private int end;
    private boolean closed;

    final InputStream in = new InputStream() {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0; // as InputStream requires (readNBytes asks for 0 once it has all it wanted)
            }
            synchronized (BytePipe.this) {
                while (start == end && !closed) {
                    try {
                        BytePipe.this.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new java.io.InterruptedIOException();
                    }
                }
                if (start == end) {
                    return -1;
                }
                int n = Math.min(len, end - start);
                System.arraycopy(buf, start, b, off, n);
                start += n;
                return n;
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            synchronized (BytePipe.this) {
                if (closed) {
                    throw new IOException("pipe closed");
                }
                if (end + len > buf.length) {
                    int live = end - start;
                    byte[] nb = live + len > buf.length ? new byte[Math.max(buf.length * 2, live + len)] : buf;
                    System.arraycopy(buf, start, nb, 0, live);
                    buf = nb;
                    start = 0;
                    end = live;
                }
                System.arraycopy(b, off, buf, end, len);
                end += len;
                BytePipe.this.notifyAll();
            }
        }

        @Override
        public void close() {
            BytePipe.this.close();
        }
    };

    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
