package io.straceflow.kafka;

import java.util.Map;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.server.policy.CreateTopicPolicy;

/**
 * A broker's topic policy ({@code create.topic.policy.class.name}) that refuses every new topic whose name starts with
 * {@code refused.}: a cluster where straceflow may not create its topics, as with missing rights.
 */
public final class RefuseTopics implements CreateTopicPolicy {
    public static final String PREFIX = "refused";

    @Override
    public void validate(RequestMetadata request) {
        if (request.topic().startsWith(PREFIX + ".")) {
            throw new PolicyViolationException("topics " + PREFIX + ".* may not be created here");
        }
    }

    @Override
    public void configure(Map<String, ?> configs) {}

    @Override
    public void close() {}
}
