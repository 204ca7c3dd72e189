package org.hubdesk.search.internal;

import java.util.EnumSet;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hubdesk.directory.Affiliate;
import org.hubdesk.directory.ThematicGroup;
import org.hubdesk.identity.Person;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestDetails;
import org.hubdesk.request.RequestMessage;

/**
 * What the search indexes, mapped here rather than on the entities so the other modules stay free
 * of search concerns: requests, messages (internal notes marked), affiliates, thematic groups and
 * people. The fields who-may-see-what depends on (hub, requester, co-requesters, internal) are
 * indexed so that authorization is part of every query.
 */
public class SearchMapping implements HibernateOrmSearchMappingConfigurer {

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		TypeMappingStep request = mapping.type(HelpRequest.class);
		request.indexed().index("request");
		// The details are one embedded value whose fields are indexed at the top, under their old names.
		TypeMappingStep details = mapping.type(RequestDetails.class);
		request.property("details").indexedEmbedded().prefix("");
		for (String property : SearchFields.REQUEST_TEXT) {
			text(property.equals("summary") ? request : details, property);
		}
		request.property("hubId").genericField();
		request.property("number").genericField().sortable(Sortable.YES);
		request.property("state").keywordField();
		request.property("requesterId").genericField();
		request.property("coRequesterIds").genericField();
		details.property("needIds").genericField();
		request.property("tags").keywordField().normalizer(SearchFields.EXACT);
		details.property("partnerQid").keywordField().normalizer(SearchFields.EXACT);
		request.property("submittedAt").genericField().sortable(Sortable.YES);

		TypeMappingStep message = mapping.type(RequestMessage.class);
		message.indexed().index("message");
		text(message, "body");
		message.property("internal").genericField();
		message.property("requestId").genericField();
		message.property("createdAt").genericField().sortable(Sortable.YES);
		message.property("request").indexedEmbedded().includePaths("hubId", "state");
		message.property("request").indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

		TypeMappingStep affiliate = mapping.type(Affiliate.class);
		affiliate.indexed().index("affiliate");
		affiliate.property("name").fullTextField("name_plain").analyzer(SearchFields.FOLDED)
			.highlightable(EnumSet.of(Highlightable.ANY)).projectable(Projectable.YES);

		TypeMappingStep group = mapping.type(ThematicGroup.class);
		group.indexed().index("thematic_group");
		text(group, "name");
		text(group, "description");

		TypeMappingStep person = mapping.type(Person.class);
		person.indexed().index("person");
		person.property("username").fullTextField("username_plain").analyzer(SearchFields.FOLDED)
			.highlightable(EnumSet.of(Highlightable.ANY)).projectable(Projectable.YES);
		person.property("displayName").fullTextField("displayName_plain").analyzer(SearchFields.FOLDED)
			.highlightable(EnumSet.of(Highlightable.ANY)).projectable(Projectable.YES);
	}

	/** Indexes a text property under its three analyses, each highlightable. */
	private static void text(TypeMappingStep type, String property) {
		var step = type.property(property);
		step.fullTextField(property + "_en").analyzer(SearchFields.ENGLISH)
			.highlightable(EnumSet.of(Highlightable.ANY)).projectable(Projectable.YES);
		step.fullTextField(property + "_sv").analyzer(SearchFields.SWEDISH)
			.highlightable(EnumSet.of(Highlightable.ANY)).projectable(Projectable.YES);
		step.fullTextField(property + "_plain").analyzer(SearchFields.FOLDED)
			.highlightable(EnumSet.of(Highlightable.ANY)).projectable(Projectable.YES);
	}
}
