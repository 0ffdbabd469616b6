import { describe, expect, it } from 'vitest';
import { courtFromHost, hostServesCourt } from '../../lib/courts';

describe('courtFromHost', () => {
  it('reads real PACER hosts', () => {
    const real: Array<[string, string]> = [
      ['ecf.cand.uscourts.gov', 'cand'],
      ['ecf.canb.uscourts.gov', 'canb'],
      ['ecf.ca9.uscourts.gov', 'ca9'],
      ['ecf.cadc.uscourts.gov', 'cadc'],
      ['ecf.jpml.uscourts.gov', 'jpml'],
      ['ecf.cofc.uscourts.gov', 'cofc'],
      ['ecf.neb.uscourts.gov', 'neb'],
      ['ecf.nmid.uscourts.gov', 'nmid'],
      ['ecf.nysb-mega.uscourts.gov', 'nysb-mega'],
      ['pacer.cacd.uscourts.gov', 'cacd'],
      ['ecf-train.cand.uscourts.gov', 'cand'],
      ['ecf.ohndad.ohnd.uscourts.gov', 'ohnd'],
      ['ecf.canb.audio.uscourts.gov', 'canb'],
      ['ecf.nysb-mega.audio.uscourts.gov', 'nysb-mega'],
      ['ECF.CAND.USCOURTS.GOV', 'cand'],
      ['ecf.cand.uscourts.gov.', 'cand'],
      ['ca9-showdoc.azurewebsites.us', 'ca9'],
      ['ca2-showdoc.azurewebsites.us', 'ca2'],
    ];
    for (const [host, id] of real) expect(courtFromHost(host), host).toBe(id);
  });

  it('rejects spoofs and look-alikes', () => {
    const spoofs = [
      'ecf.canb.uscourts.gov.evil.example', 'ecf.canb.uscourts.gov.evilsite.com', 'evil-uscourts.gov', 'uscourts.gov',
      'ecf.canb.uscourts.gov@evil', 'evil@ecf.canb.uscourts.gov', 'ecf.canb.uscourts.gov:8080', 'ecf.canb.uscourts.govx',
      'ecfxcanb.uscourts.gov', 'ecf.canb-uscourts.gov', 'ecf.canbuscourts.gov', 'ecf.canb.uscourts.gov/x', 'xecf.canb.uscourts.gov',
      'ecf.zzzz.uscourts.gov', 'www.canb.uscourts.gov', 'ecf..uscourts.gov', 'ecf.canb.evil.uscourts.gov.example', 'www.courtlistener.com', '',
      'ecf.canb.uscourts.gov\n.evil.example', 'ecf.canb.uscourts.gov evil',
      // "audio" is a sub-host of a court, never a court.
      'ecf.audio.uscourts.gov', 'ecf.canb.audio.uscourts.gov.evil.example', 'ecf.canb.audiox.uscourts.gov', 'ecf.zzzz.audio.uscourts.gov',
      // ACMS hosts name courts of appeals only, and only on that exact host.
      'cand-showdoc.azurewebsites.us', 'ca9-showdoc.azurewebsites.us.evil.example', 'evil.ca9-showdoc.azurewebsites.us',
      'ca9-showdoc.azurewebsites.com', 'ca9.showdoc.azurewebsites.us', 'xca9-showdoc.azurewebsites.us',
    ];
    for (const host of spoofs) expect(courtFromHost(host), host).toBeNull();
  });

  it('agrees with URL parsing of hostile URLs', () => {
    expect(courtFromHost(new URL('https://ecf.canb.uscourts.gov@evil.example/cgi-bin/DktRpt.pl').hostname)).toBeNull();
    expect(courtFromHost(new URL('https://ecf.cand.uscourts.gov/cgi-bin/DktRpt.pl?123').hostname)).toBe('cand');
  });
});

describe('hostServesCourt', () => {
  it('a host serves its own court, and a circuit’s host its bankruptcy appellate panel', () => {
    expect(hostServesCourt('cand', 'cand')).toBe(true);
    expect(hostServesCourt('ca9', 'bap9')).toBe(true);
    expect(hostServesCourt('ca1', 'bap1')).toBe(true);
    expect(hostServesCourt('ca9', 'bap10')).toBe(false);
    expect(hostServesCourt('cand', 'canb')).toBe(false);
    expect(hostServesCourt('bap9', 'ca9')).toBe(false);
    expect(hostServesCourt('cand', 'nysd')).toBe(false);
    expect(hostServesCourt(null, 'cand')).toBe(false);
    expect(hostServesCourt('cand', null)).toBe(false);
    expect(hostServesCourt('ca9', 'bapx')).toBe(false);
  });
});
