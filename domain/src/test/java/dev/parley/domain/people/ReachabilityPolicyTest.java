package dev.parley.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.account.Privacy;
import dev.parley.domain.account.Reach;
import dev.parley.domain.people.ReachabilityCheck.Channel;
import dev.parley.domain.shared.ErrorCode;
import dev.parley.domain.shared.ParleyException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReachabilityPolicyTest {
    private static final Privacy OPEN = new Privacy(Reach.EVERYONE, Reach.EVERYONE, Reach.EVERYONE, true);
    private static final Privacy CLOSED = new Privacy(Reach.NOBODY, Reach.NOBODY, Reach.NOBODY, true);
    private static final Privacy CONTACTS_ONLY = new Privacy(Reach.CONTACTS, Reach.CONTACTS, Reach.CONTACTS, true);

    @Test
    void allows_reaching_yourself_over_every_channel_whatever_the_settings() {
        for (Privacy privacy : everyPrivacy()) {
            for (Channel channel : Channel.values()) {
                assertThat(ReachabilityPolicy.decide(Relationship.SELF, privacy, channel)).isEqualTo(ReachDecision.ALLOWED);
            }
        }
    }

    @Test
    void denies_every_channel_as_blocked_when_either_side_blocked_even_if_settings_are_open() {
        for (Privacy privacy : everyPrivacy()) {
            for (Channel channel : Channel.values()) {
                assertThat(ReachabilityPolicy.decide(Relationship.BLOCKED, privacy, channel)).isEqualTo(ReachDecision.BLOCKED);
            }
        }
    }

    @Test
    void lets_strangers_and_contacts_send_contact_requests_whatever_the_settings() {
        for (Privacy privacy : everyPrivacy()) {
            assertThat(ReachabilityPolicy.decide(Relationship.STRANGERS, privacy, Channel.CONTACT_REQUEST)).isEqualTo(ReachDecision.ALLOWED);
            assertThat(ReachabilityPolicy.decide(Relationship.CONTACTS, privacy, Channel.CONTACT_REQUEST)).isEqualTo(ReachDecision.ALLOWED);
        }
    }

    @Test
    void everyone_setting_lets_strangers_through() {
        for (Channel channel : Channel.values()) {
            assertThat(ReachabilityPolicy.decide(Relationship.STRANGERS, OPEN, channel)).isEqualTo(ReachDecision.ALLOWED);
        }
    }

    @Test
    void contacts_setting_lets_contacts_through_and_restricts_strangers() {
        for (Channel channel : List.of(Channel.MESSAGE, Channel.CALL, Channel.ADD_TO_GROUP, Channel.PRESENCE)) {
            assertThat(ReachabilityPolicy.decide(Relationship.CONTACTS, CONTACTS_ONLY, channel)).isEqualTo(ReachDecision.ALLOWED);
            assertThat(ReachabilityPolicy.decide(Relationship.STRANGERS, CONTACTS_ONLY, channel))
                    .isEqualTo(ReachDecision.PRIVACY_RESTRICTED);
        }
    }

    @Test
    void nobody_setting_restricts_contacts_too() {
        for (Channel channel : List.of(Channel.MESSAGE, Channel.CALL, Channel.ADD_TO_GROUP, Channel.PRESENCE)) {
            assertThat(ReachabilityPolicy.decide(Relationship.CONTACTS, CLOSED, channel)).isEqualTo(ReachDecision.PRIVACY_RESTRICTED);
        }
    }

    @Test
    void each_channel_reads_its_own_setting() {
        Privacy onlyCallsClosed = new Privacy(Reach.EVERYONE, Reach.NOBODY, Reach.EVERYONE, true);
        Privacy onlyMessagesClosed = new Privacy(Reach.NOBODY, Reach.EVERYONE, Reach.EVERYONE, true);
        Privacy onlyPresenceClosed = new Privacy(Reach.EVERYONE, Reach.EVERYONE, Reach.NOBODY, true);

        assertThat(decideForStranger(onlyCallsClosed)).containsExactly(
                ReachDecision.ALLOWED, ReachDecision.PRIVACY_RESTRICTED, ReachDecision.ALLOWED,
                ReachDecision.ALLOWED, ReachDecision.ALLOWED);
        assertThat(decideForStranger(onlyMessagesClosed)).containsExactly(
                ReachDecision.PRIVACY_RESTRICTED, ReachDecision.ALLOWED, ReachDecision.PRIVACY_RESTRICTED,
                ReachDecision.ALLOWED, ReachDecision.ALLOWED);
        assertThat(decideForStranger(onlyPresenceClosed)).containsExactly(
                ReachDecision.ALLOWED, ReachDecision.ALLOWED, ReachDecision.ALLOWED,
                ReachDecision.ALLOWED, ReachDecision.PRIVACY_RESTRICTED);
    }

    @Test
    void default_settings_hide_presence_from_strangers_but_let_them_message_and_call() {
        assertThat(decideForStranger(Privacy.DEFAULTS)).containsExactly(
                ReachDecision.ALLOWED, ReachDecision.ALLOWED, ReachDecision.ALLOWED,
                ReachDecision.ALLOWED, ReachDecision.PRIVACY_RESTRICTED);
    }

    @Test
    void matches_the_rule_for_every_combination_of_relationship_privacy_and_channel() {
        int checked = 0;
        for (Relationship relationship : Relationship.values()) {
            for (Privacy privacy : everyPrivacy()) {
                for (Channel channel : Channel.values()) {
                    assertThat(ReachabilityPolicy.decide(relationship, privacy, channel))
                            .as("%s %s %s", relationship, privacy, channel)
                            .isEqualTo(expected(relationship, privacy, channel));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(4 * 27 * 2 * 5);
    }

    @Test
    void classifies_a_block_above_a_contact_and_self_above_everything() {
        assertThat(Relationship.of(true, true, true)).isEqualTo(Relationship.SELF);
        assertThat(Relationship.of(false, true, true)).isEqualTo(Relationship.BLOCKED);
        assertThat(Relationship.of(false, false, true)).isEqualTo(Relationship.CONTACTS);
        assertThat(Relationship.of(false, false, false)).isEqualTo(Relationship.STRANGERS);
    }

    @Test
    void denials_become_the_contract_error_codes() {
        ReachDecision.ALLOWED.orThrow();
        assertThatThrownBy(ReachDecision.BLOCKED::orThrow)
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BLOCKED));
        assertThatThrownBy(ReachDecision.PRIVACY_RESTRICTED::orThrow)
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PRIVACY_RESTRICTED));
    }

    /** An independent statement of the rule, read straight from the issue, to compare against. */
    private static ReachDecision expected(Relationship relationship, Privacy privacy, Channel channel) {
        if (relationship == Relationship.SELF) {
            return ReachDecision.ALLOWED;
        }
        if (relationship == Relationship.BLOCKED) {
            return ReachDecision.BLOCKED;
        }
        if (channel == Channel.CONTACT_REQUEST) {
            return ReachDecision.ALLOWED;
        }
        Reach setting = channel == Channel.CALL ? privacy.whoCanCall()
                : channel == Channel.PRESENCE ? privacy.presenceVisibleTo() : privacy.whoCanMessage();
        boolean ok = setting == Reach.EVERYONE || setting == Reach.CONTACTS && relationship == Relationship.CONTACTS;
        return ok ? ReachDecision.ALLOWED : ReachDecision.PRIVACY_RESTRICTED;
    }

    private static List<ReachDecision> decideForStranger(Privacy privacy) {
        return List.of(Channel.values()).stream()
                .map(channel -> ReachabilityPolicy.decide(Relationship.STRANGERS, privacy, channel)).toList();
    }

    private static List<Privacy> everyPrivacy() {
        List<Privacy> all = new ArrayList<>();
        for (Reach message : Reach.values()) {
            for (Reach call : Reach.values()) {
                for (Reach presence : Reach.values()) {
                    all.add(new Privacy(message, call, presence, true));
                    all.add(new Privacy(message, call, presence, false));
                }
            }
        }
        return all;
    }
}
