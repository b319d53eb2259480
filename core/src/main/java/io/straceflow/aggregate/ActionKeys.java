package io.straceflow.aggregate;

import io.straceflow.parse.FdInfo;
import io.straceflow.parse.SyscallEvent;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Sets the correlation key header: pid, fd (or "-"), operation class, and the fd's -yy description. The description
 * is in the key so that a reused fd number (close, then open of another file) never continues the old group.
 * Events without a class (notices, unparsed lines) get no key and are filtered out by the route.
 */
public final class ActionKeys implements Processor {
    @Override
    public void process(Exchange exchange) {
        String key = exchange.getIn().getBody() instanceof SyscallEvent e ? keyOf(e) : null;
        if (key == null) {
            exchange.getIn().removeHeader(ActionHeaders.KEY);
        } else {
            exchange.getIn().setHeader(ActionHeaders.KEY, key);
        }
    }

    static String keyOf(SyscallEvent e) {
        OpClass op = OpClass.of(e);
        return op == null ? null : keyOf(e, op);
    }

    /** The key of an event of class {@code op}. */
    static String keyOf(SyscallEvent e, OpClass op) {
        FdInfo fd = EventFacts.objectFd(e, op);
        StringBuilder key = new StringBuilder(48)
                .append(e.pid() == null ? "?" : e.pid().toString())
                .append('|');
        if (fd == null) {
            key.append('-');
        } else {
            key.append(fd.fd());
        }
        key.append('|').append(op.json());
        if (fd != null) {
            key.append('|').append(EventFacts.describe(fd));
        }
        return key.toString();
    }
}
