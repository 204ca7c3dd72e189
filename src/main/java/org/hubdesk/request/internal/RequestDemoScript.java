package org.hubdesk.request.internal;

import java.time.Duration;
import java.util.List;

import org.hubdesk.request.RequestState;

import static org.hubdesk.request.RequestState.ACCEPTED;
import static org.hubdesk.request.RequestState.CLOSED;
import static org.hubdesk.request.RequestState.COMPLETED;
import static org.hubdesk.request.RequestState.DECLINED;
import static org.hubdesk.request.RequestState.DEFERRED;
import static org.hubdesk.request.RequestState.DRAFT;
import static org.hubdesk.request.RequestState.IN_PROGRESS;
import static org.hubdesk.request.RequestState.IN_REVIEW;
import static org.hubdesk.request.RequestState.REFERRED;
import static org.hubdesk.request.RequestState.SUBMITTED;
import static org.hubdesk.request.RequestState.TRIAGE;
import static org.hubdesk.request.RequestState.WAITING_FOR_REQUESTER;
import static org.hubdesk.request.RequestState.WITHDRAWN;

/**
 * The demo hub's requests: who asked for what, for which partner, how far each got and how long
 * ago it began. {@link RequestDemoData} walks each one through its life.
 */
final class RequestDemoScript {

	record Demo(String title, String requester, String affiliate, String partner, String qid,
			RequestState state, String need, String language, Duration age) {
	}

	static final List<Demo> DEMOS = List.of(
			new Demo("Nationalmuseum portraits for Wikipedia biographies", "requester", "Wikimedia Sverige",
					"Nationalmuseum", "Q842858", IN_PROGRESS, "batch-upload", "sv", days(150)),
			new Demo("Kartor från Riksarkivet till Wikimedia Commons", "requester", "Wikimedia Sverige", "Riksarkivet",
					null, WAITING_FOR_REQUESTER, "licensing", "sv", days(24)),
			new Demo("Museum object data to Wikidata", "requester", "Wikimedia Sverige", "Nordiska museet", null,
					TRIAGE, "wikidata-import", "en", days(12)),
			new Demo("Workshop for library staff in Uppsala", "requester", "Wikimedia Sverige",
					"Uppsala universitetsbibliotek", null, ACCEPTED, "workshops", "sv", days(70)),
			new Demo("Photographs of Swedish lighthouses", "requester", "Wikimedia Sverige", "Sjöhistoriska museet",
					null, COMPLETED, "batch-upload", "en", days(520)),
			new Demo("Utkast: folkdräkter från länsmuseet", "requester", "Wikimedia Sverige", "Länsmuseet Gävleborg",
					null, DRAFT, "batch-upload", "sv", days(3)),
			new Demo("Old newspaper scans", "requester", "Wikimedia Sverige", "Kungliga biblioteket", null, WITHDRAWN,
					"metadata", "en", days(400)),
			new Demo("Ghanaian kente textile collection", "requester2", "Wikimedia Ghana User Group",
					"National Museum of Ghana", null, SUBMITTED, "batch-upload", "en", days(33)),
			new Demo("Training volunteers to upload archive photographs", "requester2", "Wikimedia Ghana User Group",
					"Public Records and Archives Administration", null, IN_REVIEW, "volunteer-training", "en", days(40)),
			new Demo("Persuading a university to use CC BY-SA", "requester2", "Wikimedia Ghana User Group",
					"University of Ghana", null, TRIAGE, "agreements", "en", days(6)),
			new Demo("Wiki Loves Africa submissions into articles", "requester2", "Wikimedia Ghana User Group", null,
					null, ACCEPTED, "campaigns", "en", days(95)),
			new Demo("Audio recordings of highlife music", "requester2", "Wikimedia Ghana User Group",
					"Gramophone Records Museum", null, DECLINED, "licensing", "en", days(330)),
			new Demo("Draft: festival photographs", "requester2", "Wikimedia Ghana User Group", null, null, DRAFT,
					"batch-upload", "en", days(20)),
			new Demo("Monument lists for Wiki Loves Monuments in Jordan", "requester2",
					"Wikimedians of the Levant User Group", null, null, REFERRED, "campaigns", "en", days(280)),
			new Demo("Bangla manuscripts digitisation", "requester2", "Wikimedia Bangladesh", "Bangla Academy", null,
					DEFERRED, "equipment", "en", days(230)),
			new Demo("Protected areas of Indonesia for Wiki Loves Earth", "requester", "Wikimedia Indonesia", null, null,
					WAITING_FOR_REQUESTER, "campaigns", "en", days(45)),
			new Demo("Ukrainian heritage photographs at risk", "requester2", "Wikimedia Ukraine",
					"National Museum of the History of Ukraine", null, IN_PROGRESS, "hands-on", "en", days(200)),
			new Demo("Botanical illustrations from an Argentine herbarium", "requester", "Wikimedia Argentina",
					"Museo de La Plata", null, IN_REVIEW, "metadata", "en", days(28)),
			new Demo("Funding a scanner for a community archive", "requester2", "Wiki Movimento Brasil User Group",
					null, null, CLOSED, "funding", "en", days(470)),
			new Demo("Same kente collection again", "requester2", "Wikimedia Ghana User Group",
					"National Museum of Ghana", null, CLOSED, "batch-upload", "en", days(31)),
			new Demo("Help writing my thesis", "requester2", null, null, null, CLOSED, "learning", "en", days(360)),
			new Demo("Medical illustrations for health articles", "requester", "Wikimedia Medicine",
					"Wellcome Collection", null, SUBMITTED, "licensing", "en", days(9)),
			new Demo("Nigerian film posters", "requester2", "Wikimedia User Group Nigeria", null, null, SUBMITTED,
					"licensing", "en", days(2)),
			new Demo("Catalan newspaper archive metadata", "requester", "Amical Wikimedia", null, null, TRIAGE,
					"data-modelling", "en", days(4)),
			new Demo("Canadian public archives partnership", "requester2", "Wikimedia Canada",
					"Library and Archives Canada", null, REFERRED, "partner-outreach", "en", days(120)),
			new Demo("Reporting Commons usage to a museum board", "requester", "Wikimedia Deutschland", null, null,
					COMPLETED, "learning", "en", days(250)),
			new Demo("Batch upload tool for small affiliates", "requester2", "Wikimedia Ghana User Group", null, null,
					IN_PROGRESS, "tools", "en", days(180)),
			new Demo("Aerial photographs of Buenos Aires", "requester", "Wikimedia Argentina",
					"Archivo General de la Nación", null, DECLINED, "batch-upload", "en", days(440)),
			new Demo("Capacity for a new user group's partnerships", "requester2", "Wikimedians of the Levant User Group",
					null, null, WAITING_FOR_REQUESTER, "capacity", "en", days(15)),
			new Demo("Sámi handicraft images", "requester", "Wikimedia Sverige", "Ájtte museum", null, TRIAGE,
					"batch-upload", "sv", days(1)),
			new Demo("Folk costume drawings", "requester", "Wikimedia Sverige", "Nordiska museet", null, SUBMITTED,
					"metadata", "sv", hours(5)),
			new Demo("School wall charts", "requester2", null, "Skolmuseet", null, IN_REVIEW, "batch-upload", "en", days(60)));

	private RequestDemoScript() {
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

	private static Duration hours(int hours) {
		return Duration.ofHours(hours);
	}
}
