package org.hubdesk.hub;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.hubdesk.hub.HubTemplate.NeedTemplate;
import org.hubdesk.hub.internal.HubRepository;
import org.hubdesk.hub.internal.HubTemplates;
import org.hubdesk.hub.internal.MembershipRepository;
import org.hubdesk.hub.internal.NeedRepository;
import org.hubdesk.identity.People;
import org.hubdesk.identity.PersonName;
import org.hubdesk.identity.Person;
import org.hubdesk.shared.Lengths;
import org.hubdesk.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hubs: finding them, creating them from a template, their codebook, and who holds which role. */
@Service
@Transactional(readOnly = true)
public class Hubs {

	static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
	static final Pattern PREFIX = Pattern.compile("^[A-Z]{1,10}$");
	static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

	private final HubRepository hubs;
	private final MembershipRepository memberships;
	private final NeedRepository needs;
	private final Map<Long, Codebook> codebooks = new ConcurrentHashMap<>();
	private final HubTemplates templates;
	private final People people;

	Hubs(HubRepository hubs, MembershipRepository memberships, NeedRepository needs, HubTemplates templates,
			People people) {
		this.hubs = hubs;
		this.memberships = memberships;
		this.needs = needs;
		this.templates = templates;
		this.people = people;
	}

	public List<Hub> all() {
		return hubs.findAllByOrderByNameAsc();
	}

	public Optional<Hub> bySlug(String slug) {
		return hubs.findBySlug(slug);
	}

	/**
	 * Who looks at the hub with this slug: the hub and the roles the person (or nobody) holds in it,
	 * read together; empty when no hub has the slug.
	 */
	public Optional<HubViewer> viewer(String slug, Long personId) {
		if (personId == null) {
			return bySlug(slug).map(hub -> new HubViewer(hub, null, Set.of()));
		}
		List<Object[]> rows = hubs.findBySlugWithRolesOf(slug, personId);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<HubRole> roles = EnumSet.noneOf(HubRole.class);
		rows.stream().map(row -> (HubRole) row[1]).filter(java.util.Objects::nonNull).forEach(roles::add);
		return Optional.of(new HubViewer((Hub) rows.get(0)[0], personId, roles));
	}

	public Optional<Hub> byId(long id) {
		return hubs.findById(id);
	}

	/** The ids of the people who hold a role in a hub. */
	public List<Long> holdersOf(Hub hub, HubRole role) {
		return memberships.findByHubIdAndRole(hub.getId(), role).stream().map(Membership::getPersonId).toList();
	}

	public List<HubTemplate> templates() {
		return templates.all();
	}

	/** The roles a person holds in a hub; none for nobody. */
	public Set<HubRole> rolesOf(Hub hub, Long personId) {
		Set<HubRole> roles = EnumSet.noneOf(HubRole.class);
		if (personId != null) {
			memberships.findByHubIdAndPersonId(hub.getId(), personId).forEach(m -> roles.add(m.getRole()));
		}
		return roles;
	}

	/** Whether the person is the hub's staff (see {@link HubRole#staff}). */
	public boolean isStaff(Hub hub, Long personId) {
		return HubRole.staff(rolesOf(hub, personId));
	}

	public boolean hasRole(Hub hub, Long personId, HubRole role) {
		return personId != null
				&& memberships.findByHubIdAndPersonIdAndRole(hub.getId(), personId, role).isPresent();
	}

	/** The people who hold the staff role in a hub, the ones a request can be assigned to, by name. */
	public List<PersonName> assignable(Hub hub) {
		List<Long> staff = holdersOf(hub, HubRole.STAFF);
		return byName(staff, people.names(staff));
	}

	/**
	 * The hub's staff by name, as {@link #assignable(Hub)}, with their names taken from those a page
	 * has already read for its own people ({@code names} holds {@code staff}'s names among others).
	 */
	public static List<PersonName> byName(Collection<Long> staff, Map<Long, String> names) {
		return staff.stream()
			.filter(names::containsKey)
			.distinct()
			.map(id -> new PersonName(id, names.get(id)))
			.sorted(Comparator.comparing((PersonName p) -> p.name().toLowerCase(Locale.ROOT)).thenComparing(PersonName::id))
			.toList();
	}

	/** A hub's members: each person with the roles they hold, ordered by name. */
	public List<Member> members(Hub hub) {
		Map<Long, List<Membership>> byPerson = new LinkedHashMap<>();
		for (Membership m : memberships.findByHubIdOrderByRoleAscGrantedAtAsc(hub.getId())) {
			byPerson.computeIfAbsent(m.getPersonId(), id -> new ArrayList<>()).add(m);
		}
		return people.byIds(byPerson.keySet()).stream()
			.map(p -> new Member(p, byPerson.get(p.getId())))
			.sorted(Comparator.comparing(m -> m.person().getUsername().toLowerCase(Locale.ROOT)))
			.toList();
	}

	/** A member of a hub and the roles they hold. */
	public record Member(Person person, List<Membership> roles) {
	}

	/**
	 * The hub's needs codebook as a tree, in order. Every page that offers or names needs shows it,
	 * so it is read once per version of the hub and kept: whatever changes a hub's codebook also
	 * moves the hub's version, which every application node reads with the hub and so reads the
	 * codebook anew.
	 */
	public List<NeedNode> codebook(Hub hub) {
		Codebook kept = codebooks.get(hub.getId());
		if (kept != null && kept.hubVersion() == hub.getVersion()) {
			return kept.tree();
		}
		List<NeedNode> tree = childrenOf(null, needs.findByHubIdOrderBySortOrderAsc(hub.getId()));
		if (!tree.isEmpty()) {
			// (a hub being created has none yet)
			codebooks.put(hub.getId(), new Codebook(hub.getVersion(), tree));
		}
		return tree;
	}

	/** A hub's codebook as read at a version of the hub. */
	private record Codebook(long hubVersion, List<NeedNode> tree) {
	}

	private static List<NeedNode> childrenOf(Long parentId, List<Need> all) {
		return all.stream()
			.filter(n -> parentId == null ? n.getParentId() == null : parentId.equals(n.getParentId()))
			.map(n -> new NeedNode(n, childrenOf(n.getId(), all)))
			.toList();
	}

	/**
	 * Creates a hub from a template, with its codebook. @throws Refusal naming the field at fault
	 */
	@Transactional
	public Hub createFromTemplate(String templateId, String slug, String name, String prefix, List<String> languages,
			String defaultLanguage) {
		HubTemplate template = templates.byId(templateId)
			.orElseThrow(() -> new Refusal("template", "validation.template"));
		if (slug == null || !SLUG.matcher(slug).matches() || slug.length() > 60) {
			throw new Refusal("slug", "validation.slug");
		}
		if (hubs.findBySlug(slug).isPresent()) {
			throw new Refusal("slug", "validation.slug-taken");
		}
		if (prefix == null || !PREFIX.matcher(prefix).matches()) {
			throw new Refusal("numberPrefix", "validation.prefix");
		}
		if (hubs.existsByNumberPrefixIgnoreCase(prefix)) {
			throw new Refusal("numberPrefix", "validation.prefix-taken");
		}
		if (languages.isEmpty() || !languages.stream().allMatch(l -> LANGUAGE.matcher(l).matches())) {
			throw new Refusal("languages", "validation.languages");
		}
		languages.forEach(l -> Lengths.within("languages", l, Hub.LANGUAGE_MAX));
		Lengths.within("languages", String.join(",", languages), Hub.LANGUAGES_MAX);
		if (!languages.contains(defaultLanguage)) {
			throw new Refusal("defaultLanguage", "validation.default-language");
		}
		Hub hub = hubs.save(new Hub(slug, name.strip(), prefix, languages, defaultLanguage, template.id()));
		int[] order = { 0 };
		addNeeds(hub, null, template.needs(), order);
		codebooks.remove(hub.getId());
		return hub;
	}

	private void addNeeds(Hub hub, Long parentId, List<NeedTemplate> nodes, int[] order) {
		for (NeedTemplate node : nodes) {
			Need need = needs.save(new Need(hub.getId(), parentId, node.code(), order[0]++, node.labels()));
			addNeeds(hub, need.getId(), node.children(), order);
		}
	}

	/** Grants a role by username. @throws Refusal when nobody has that username */
	@Transactional
	public Membership grant(Hub hub, String username, HubRole role, Long grantedBy) {
		Person person = people.byUsername(username)
			.orElseThrow(() -> new Refusal("username", "validation.unknown-user"));
		return memberships.findByHubIdAndPersonIdAndRole(hub.getId(), person.getId(), role)
			.orElseGet(() -> memberships.save(new Membership(hub.getId(), person.getId(), role, grantedBy)));
	}

	@Transactional
	public void revoke(Hub hub, long personId, HubRole role) {
		memberships.findByHubIdAndPersonIdAndRole(hub.getId(), personId, role).ifPresent(memberships::delete);
	}

	/**
	 * Makes a signed-in person a requester of a hub open for requests (submitting a request does it).
	 * @return false when the hub is closed for requests
	 */
	@Transactional
	public boolean becomeRequester(Hub hub, long personId) {
		if (!hub.isOpenForRequests()) {
			return false;
		}
		if (!hasRole(hub, personId, HubRole.REQUESTER)) {
			memberships.save(new Membership(hub.getId(), personId, HubRole.REQUESTER, null));
		}
		return true;
	}
}
