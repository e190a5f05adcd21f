// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.buurtkracht.account.AccountDeleted;
import nl.buurtkracht.account.AccountId;
import nl.buurtkracht.account.PersonalDataContributor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the buurtbudget keeps about a person, for the GDPR download, and what happens to it when they delete
 * their account. Ballots are not in it: nothing links a ballot to a person, so there is nothing to give or delete.
 */
@Component
class ResidentData implements PersonalDataContributor {

	private final Residences residences;

	private final VoterRoll voters;

	private final Projects projects;

	private final Conversations conversations;

	ResidentData(Residences residences, VoterRoll voters, Projects projects, Conversations conversations) {
		this.residences = residences;
		this.voters = voters;
		this.projects = projects;
		this.conversations = conversations;
	}

	@Override
	public String section() {
		return "budgeting";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(AccountId account) {
		Map<String, Object> data = new LinkedHashMap<>();
		residences.findByAccount(account.value()).ifPresent(residence -> {
			Map<String, Object> verified = new LinkedHashMap<>();
			verified.put("neighbourhoodCode", residence.neighbourhoodCode());
			verified.put("method", residence.method().name());
			verified.put("birthDate", residence.birthDate().toString());
			verified.put("verifiedAt", residence.verifiedAt().toString());
			verified.put("votedInRounds", voters.roundsOf(residence.id()).stream().map(Object::toString).toList());
			data.put("residence", verified);
		});
		data.put("ideas", projects.findProposedBy(account.value()).stream()
			.map(project -> Map.of("round", project.roundId().toString(), "title", project.title(), "submittedAt",
					project.proposedAt().toString()))
			.toList());
		data.put("comments", conversations.commentsBy(account).stream()
			.map(comment -> Map.of("project", comment.projectId().toString(), "text", comment.text(), "postedAt",
					comment.postedAt().toString()))
			.toList());
		data.put("following", conversations.followedBy(account).stream().map(Object::toString).toList());
		data.put("ballots", List.of());
		return data;
	}

	/**
	 * Ideas and comments stay without the name; the residence stays without the account, so that the voter roll
	 * still stops a second ballot from the same letter code.
	 */
	@ApplicationModuleListener
	void on(AccountDeleted event) {
		projects.forgetProposer(event.account().value());
		conversations.forgetAuthor(event.account());
		residences.detach(event.account().value());
	}

}
