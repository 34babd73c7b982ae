package org.tori.spaces.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.tori.accounts.boundary.Actor;
import org.tori.accounts.boundary.CurrentMember;
import org.tori.platform.faces.Page;
import org.tori.spaces.entity.Comment;

/** The discussion on a space's page: the threads and the form to write. */
@Named
@RequestScoped
public class DiscussionView {

    @Inject
    Comments comments;

    @Inject
    CurrentMember member;

    @Inject
    SpaceView space;

    private String body;
    private List<CommentView> threads;

    public List<CommentView> getThreads() {
        if (threads == null) {
            threads = space.getId() <= 0
                    ? List.of()
                    : comments.threads(space.getId(), member.actor().orElse(null));
        }
        return threads;
    }

    public void write() throws IOException {
        comments.write(space.getId(), body, null, member.actor().orElseThrow().accountId());
        Page.done("comments.written", "/spaces/space?id=" + space.getId() + "#discussion");
    }

    public boolean isStaff() {
        return member.actor().map(Actor::staff).orElse(false);
    }

    public int getMaxLength() {
        return Comment.MAX_LENGTH;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
