package io.weeklyreport.mail;

import java.util.List;

/** What the server accepted: the message (by its {@code Message-ID}), for whom (the bare addresses), and how many bytes went out. */
public record Sent(String messageId, List<String> recipients, long size) {

    public Sent {
        recipients = List.copyOf(recipients);
    }
}
