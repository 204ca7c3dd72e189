package org.hubdesk.impact.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestState;
import org.hubdesk.request.RequestWork;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.DemoClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data (profile {@code demo} only), after the requests' and the committee's: the demo hub's
 * accepted, in-progress and completed requests measure their content, a Commons category each (and
 * one a list of Wikidata items), with a snapshot near the middle of each of the past eighteen months
 * and one taken two days ago. The demo cannot reach the live sites, so the figures are made up: a
 * collection that grows and is put to use little by little, across a few wikis, so that the charts and
 * the partner report show a real history. Added once, to a hub without targets.
 */
@Component
@Profile("demo")
@Order(60)
class ImpactDemoData implements ApplicationRunner {

	static final int MONTHS = 18;
	private static final List<String> WIKIS = List.of("sv.wikipedia.org", "en.wikipedia.org", "www.wikidata.org",
			"de.wikipedia.org", "fi.wikipedia.org", "nn.wikipedia.org");

	private final Hubs hubs;
	private final Requests requests;
	private final ImpactTargets targets;
	private final Snapshots snapshots;
	private final ContentsStore contents;
	private final DemoClock clock;
	private final RequestWork work;

	ImpactDemoData(Hubs hubs, Requests requests, RequestWork work, ImpactTargets targets, Snapshots snapshots,
			ContentsStore contents, DemoClock clock) {
		this.work = work;
		this.hubs = hubs;
		this.requests = requests;
		this.targets = targets;
		this.snapshots = snapshots;
		this.contents = contents;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Hub hub = hubs.bySlug("content-partnerships").orElse(null);
		if (hub == null || !targets.findByHubIdOrderByIdAsc(hub.getId()).isEmpty()) {
			return;
		}
		List<HelpRequest> measured = new ArrayList<>();
		for (RequestState state : List.of(RequestState.ACCEPTED, RequestState.IN_PROGRESS, RequestState.COMPLETED,
				RequestState.CLOSED)) {
			requests.inState(hub, state).stream()
				.filter(r -> state != RequestState.CLOSED || work.outcome(r).isPresent())
				.forEach(measured::add);
		}
		Instant now = clock.realInstant();
		for (int i = 0; i < measured.size(); i++) {
			HelpRequest request = measured.get(i);
			String partner = request.getPartnerName() == null || request.getPartnerName().isBlank() ? request.getTitle()
					: request.getPartnerName();
			category(request, "Category:Media contributed by " + partner, i, now);
			if (i == 0) {
				items(request, now);
			}
		}
	}

	private void category(HelpRequest request, String title, int seed, Instant now) {
		ImpactTarget target = targets.save(new ImpactTarget(request.getHubId(), request.getId(),
				TargetKind.COMMONS_CATEGORY, title.length() > 300 ? title.substring(0, 300) : title, seed % 2, null,
				seed % 3 == 0, null, now.minus(Duration.ofDays(30L * MONTHS + 20))));
		Random random = new Random(31L * request.getId() + seed);
		int finalFiles = 120 + random.nextInt(600);
		String name = title.substring("Category:".length());
		for (int month = MONTHS; month >= 0; month--) {
			Instant at = month == 0 ? now.minus(Duration.ofDays(2)) : now.minus(Duration.ofDays(30L * month + 15));
			double grown = (MONTHS - month + 1) / (double) (MONTHS + 1);
			int files = Math.max(10, (int) Math.round(finalFiles * Math.min(1, 0.3 + grown)));
			double used = 0.05 + 0.35 * grown;
			SnapshotContents read = contents(name, files, used);
			keep(target, at, read, seed % 3 == 0);
		}
		target.refreshed(now.minus(Duration.ofDays(2)));
	}

	private SnapshotContents contents(String name, int files, double used) {
		Map<String, Boolean> all = new HashMap<>();
		Set<String> pages = new HashSet<>();
		Random random = new Random(name.hashCode());
		for (int n = 1; n <= files; n++) {
			boolean inUse = random.nextDouble() < used;
			String file = "File:" + name + " " + String.format("%04d", n) + ".jpg";
			all.put(file, inUse);
			if (inUse) {
				int wiki = Math.min(WIKIS.size() - 1, (int) Math.floor(Math.abs(random.nextGaussian()) * 1.6));
				pages.add(WIKIS.get(wiki) + "\t" + (wiki == 2 ? "Q" + (100000 + n) : name + " " + (1 + n % 37)));
			}
		}
		return new SnapshotContents(all, pages);
	}

	private void keep(ImpactTarget target, Instant at, SnapshotContents read, boolean withViews) {
		long inUse = read.files().values().stream().filter(Boolean::booleanValue).count();
		Map<String, Integer> shown = new HashMap<>();
		read.pages().forEach(page -> shown.merge(page, 1 + Math.abs(page.hashCode() % 7), Integer::sum));
		List<TopPages.Page> top = shown.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(20)
			.map(e -> {
				String wiki = e.getKey().substring(0, e.getKey().indexOf('\t'));
				String page = e.getKey().substring(e.getKey().indexOf('\t') + 1);
				return new TopPages.Page(wiki, page, 0, "https://" + wiki + "/wiki/" + page.replace(' ', '_'),
						Math.min(e.getValue(), (int) inUse), withViews ? 1200L + Math.abs(page.hashCode() % 90000) : null);
			})
			.toList();
		int files = read.files().size();
		int mainNamespace = (int) Math.round(inUse * 1.4);
		Snapshot snapshot = snapshots.save(Snapshot.ofCategory(target.getId(), at, files, (int) inUse,
				files == 0 ? null : (double) inUse / files, read.pages().size(), read.wikis().size(), mainNamespace,
				TopPages.write(top)));
		contents.keep(snapshot, read);
	}

	private void items(HelpRequest request, Instant now) {
		List<String> qids = List.of("Q1754", "Q25411", "Q34", "Q1335", "Q16938", "Q1773", "Q10690", "Q200");
		ImpactTarget target = targets.save(new ImpactTarget(request.getHubId(), request.getId(),
				TargetKind.WIKIDATA_ITEMS, "Places in the collection", 0, qids, false, null,
				now.minus(Duration.ofDays(30L * MONTHS + 20))));
		for (int month = MONTHS; month >= 0; month--) {
			Instant at = month == 0 ? now.minus(Duration.ofDays(2)) : now.minus(Duration.ofDays(30L * month + 15));
			int withImage = Math.min(qids.size(), 3 + (MONTHS - month) / 4);
			snapshots.save(Snapshot.ofItems(target.getId(), at, qids.size(), withImage, 180 + (MONTHS - month) * 3));
		}
		target.refreshed(now.minus(Duration.ofDays(2)));
	}
}
