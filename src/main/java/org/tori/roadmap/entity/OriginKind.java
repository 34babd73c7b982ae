package org.tori.roadmap.entity;

/** What an item can come from, and the public page each one has. */
public enum OriginKind {
    SPACE("/spaces/space?id="),
    ENTRY("/spaces/entry?id="),
    LESSON("/knowledge/lesson?id="),
    STORY("/stories/story?id="),
    PILOT("/pilots/pilot?id=");

    private final String path;

    OriginKind(String path) {
        this.path = path;
    }

    public String pathOf(long id) {
        return path + id;
    }
}
