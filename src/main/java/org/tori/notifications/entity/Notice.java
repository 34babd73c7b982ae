package org.tori.notifications.entity;

import java.util.Map;
import java.util.Objects;

/**
 * One piece of news for one member, before their preferences decide whether it becomes a mail now,
 * a line in a digest, or nothing. The key names it for good: the same news is never sent twice.
 *
 * @param topic  what the digest groups it under (the space's title)
 * @param detail text the digest quotes (a reply, an announcement), or null
 * @param link   where the member reads more, or null
 */
public record Notice(
        long recipientId,
        Category category,
        String template,
        String topic,
        Map<String, Object> model,
        String detail,
        String link,
        String key) {

    public Notice {
        Objects.requireNonNull(category);
        Objects.requireNonNull(template);
        topic = topic == null ? "" : topic;
        model = Map.copyOf(model);
        Objects.requireNonNull(key);
    }
}
