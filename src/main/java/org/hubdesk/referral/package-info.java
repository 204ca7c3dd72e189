/**
 * Referral and the expert network: the expert directory, matching requests to experts, referrals and their outcomes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral")
package org.hubdesk.referral;
