package org.hubdesk.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hubdesk.DemoTest;
import org.hubdesk.SignedIn;
import org.hubdesk.hub.Hub;
import org.hubdesk.hub.Hubs;
import org.hubdesk.identity.People;
import org.hubdesk.identity.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** People answering the same request at the same moment each get their reply posted; none is refused or lost. */
@DemoTest
class ConcurrentChangesTests {

	@Autowired
	Requests requests;

	@Autowired
	Hubs hubs;

	@Autowired
	People people;

	@Test
	void repliesPostedAtTheSameTimeAllLand() throws Exception {
		Hub hub = hubs.bySlug("content-partnerships").orElseThrow();
		Person requester = SignedIn.newPerson(people, "busy");
		long staff = people.byUsername("staff").orElseThrow().getId();
		RequestDetails details = new RequestDetails("Many hands on one request", null, null, "Bohusläns museum", null,
				"photographs", "300", RightsStatus.CLEARED, Set.of(Platform.COMMONS), "Articles about the coast", null,
				"en", null, null, false, Set.of(hubs.codebook(hub).get(0).need().getId()));
		HelpRequest draft = requests.startDraft(hub, requester.getId(), requester.getId(), details, Set.of());
		HelpRequest request = requests.submit(hub, draft, draft.getVersion(), requester.getId());

		int writers = 6;
		int each = 5;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			boolean byStaff = w % 2 == 0;
			long author = byStaff ? staff : requester.getId();
			int writer = w;
			done.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < each; i++) {
					requests.post(request, author, byStaff, "Reply " + writer + "." + i, false);
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		HelpRequest after = requests.byId(request.getId()).orElseThrow();
		assertThat(requests.messages(after, true)).hasSize(writers * each);
		assertThat(after.getVersion()).isGreaterThanOrEqualTo(request.getVersion() + writers * each);
	}

}
