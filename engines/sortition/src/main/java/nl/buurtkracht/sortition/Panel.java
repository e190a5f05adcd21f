// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

import java.util.List;

/**
 * A panel: the ids of its members, in pool order (the order in which respondents were given).
 *
 * @param members the member ids
 */
public record Panel(List<String> members) {

    public Panel {
        members = List.copyOf(members);
    }

    /** The number of members. */
    public int size() {
        return this.members.size();
    }

    /** Whether the respondent with this id is a member. */
    public boolean contains(String id) {
        return this.members.contains(id);
    }
}
