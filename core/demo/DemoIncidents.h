#pragma once

namespace mamori {

class CaseFile;

// The demo's leak incidents (漏えい等事案), so that the incident screens, the forms and the
// start page have something true-to-life to show: one closed after its reports, one reportable
// under the APPI whose 速報 is due within two days, and one My Number case still under
// investigation. Runs as the demo officers of DemoCase, after DemoCustody and DemoDisposals.
class DemoIncidents {
public:
    static void add(CaseFile& file);
};

} // namespace mamori
