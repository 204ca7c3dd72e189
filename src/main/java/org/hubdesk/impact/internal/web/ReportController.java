package org.hubdesk.impact.internal.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hubdesk.hub.Hub;
import org.hubdesk.hub.HubViewer;
import org.hubdesk.hub.Hubs;
import org.hubdesk.impact.internal.PartnerReport;
import org.hubdesk.impact.internal.PartnerReports;
import org.hubdesk.impact.internal.Share;
import org.hubdesk.impact.internal.Shares;
import org.hubdesk.request.HelpRequest;
import org.hubdesk.request.RequestAccess;
import org.hubdesk.request.Requests;
import org.hubdesk.shared.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner report of a request: a page and a PDF for whoever reads the request, in a language of
 * the hub they choose; share links they make and revoke; and the report opened by a share link,
 * signed out, which shows the report and nothing else (a revoked or unknown link is not there).
 */
@Controller
class ReportController {

	private static final String REPORT = ImpactController.PAGE + "/report";
	static final String SHARED = "/impact/reports/{token}";

	private final RequestAccess access;
	private final Requests requests;
	private final Hubs hubs;
	private final PartnerReports reports;
	private final ReportPdf pdf;
	private final Shares shares;

	ReportController(RequestAccess access, Requests requests, Hubs hubs, PartnerReports reports, ReportPdf pdf,
			Shares shares) {
		this.access = access;
		this.requests = requests;
		this.hubs = hubs;
		this.reports = reports;
		this.pdf = pdf;
		this.shares = shares;
	}

	@GetMapping(REPORT)
	String page(HubViewer viewer, @PathVariable int number, Model model, Locale locale) {
		HelpRequest request = access.readable(viewer, number);
		model.addAttribute("report", reports.of(viewer.hub(), request, locale));
		model.addAttribute("number", number);
		model.addAttribute("shared", false);
		return "impact/report";
	}

	@GetMapping(REPORT + ".pdf")
	ResponseEntity<byte[]> pdf(HubViewer viewer, @PathVariable int number,
			@RequestParam(name = "lang", required = false) String language, Locale locale) {
		HelpRequest request = access.readable(viewer, number);
		Locale chosen = language == null || language.isBlank() ? locale : hubLanguage(viewer.hub(), language);
		return pdf(reports.of(viewer.hub(), request, chosen));
	}

	@PostMapping(ImpactController.PAGE + "/shares")
	String share(HubViewer viewer, @PathVariable int number, @RequestParam(name = "language", required = false) String language,
			RedirectAttributes redirect) {
		HelpRequest request = access.readable(viewer, number);
		shares.make(viewer.hub(), request, language, viewer.id());
		redirect.addFlashAttribute("saved", "impact.share.made");
		return "redirect:" + ImpactController.path(viewer, number) + "#shares";
	}

	@PostMapping(ImpactController.PAGE + "/shares/{id}/revoke")
	String revoke(HubViewer viewer, @PathVariable int number, @PathVariable long id, RedirectAttributes redirect) {
		HelpRequest request = access.readable(viewer, number);
		shares.revoke(request, id);
		redirect.addFlashAttribute("saved", "impact.share.revoked");
		return "redirect:" + ImpactController.path(viewer, number) + "#shares";
	}

	@GetMapping(SHARED)
	String shared(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
		PartnerReport report = sharedReport(shares.open(token).orElseThrow(Refusal::notFound), locale);
		privately(response);
		model.addAttribute("report", report);
		model.addAttribute("token", token);
		model.addAttribute("shared", true);
		return "impact/report";
	}

	@GetMapping(SHARED + "/pdf")
	ResponseEntity<byte[]> sharedPdf(@PathVariable String token, HttpServletResponse response) {
		Share share = shares.open(token).orElseThrow(Refusal::notFound);
		privately(response);
		return pdf(sharedReport(share, Locale.forLanguageTag(share.getLanguage())));
	}

	private PartnerReport sharedReport(Share share, Locale locale) {
		HelpRequest request = requests.byId(share.getRequestId()).orElseThrow(Refusal::notFound);
		Hub hub = hubs.byId(request.getHubId()).orElseThrow(Refusal::notFound);
		return reports.of(hub, request, locale);
	}

	private ResponseEntity<byte[]> pdf(PartnerReport report) {
		String name = (report.reference() == null ? "report" : report.reference()) + "-impact.pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf.of(report));
	}

	/** A shared report is nobody's to index, and its address is not passed on to the pages it links to. */
	private static void privately(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	private static Locale hubLanguage(Hub hub, String language) {
		if (!hub.getLanguages().contains(language)) {
			throw new Refusal("lang", "impact.error.language");
		}
		return Locale.forLanguageTag(language);
	}
}
