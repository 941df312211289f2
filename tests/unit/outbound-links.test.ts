import { describe, expect, it, vi } from 'vitest';
import { knownUrlSource, urlsInProfile } from '../../electron/main/outbound/known-urls';
import {
  confirmLinkWith,
  createOutboundLinks,
  linkConfirmationOptions,
} from '../../electron/main/outbound/outbound-links';
import { ABOUT_LINKS } from '../../shared/app-info';
import type { Profile } from '../../shared/domain/profile';
import { sampleProfile } from '../../shared/sample/sample-profile';

/** The sample, plus a badge with a credential URL and an issuer that is a URL. */
function profileWithLinks(): Profile {
  const profile = sampleProfile();
  const [first, ...rest] = profile.certificates;
  if (first === undefined) throw new Error('the sample has no certificate');
  return {
    ...profile,
    certificates: [
      {
        ...first,
        credentialUrl: 'https://badges.example.net/assertions/42',
        credential: {
          format: 'open-badges-2',
          status: 'unverifiable',
          expired: false,
          issuerId: 'https://issuer.example.net/profile',
          checkedAt: '2024-01-01T00:00:00.000Z',
          detail: 'The key lives at a URL.',
        },
      },
      ...rest,
    ],
    roles: profile.roles.map((role, index) =>
      index === 0 ? { ...role, summary: 'Wrote https://blog.example.net/inside-a-sentence for the team' } : role,
    ),
  };
}

function links(options: { known?: string[]; confirm?: boolean | Error; knownFails?: boolean } = {}) {
  const openExternal = vi.fn(() => Promise.resolve());
  const confirm = vi.fn<(url: string) => Promise<boolean>>(() =>
    options.confirm instanceof Error ? Promise.reject(options.confirm) : Promise.resolve(options.confirm ?? false),
  );
  const outbound = createOutboundLinks({
    opener: { openExternal },
    confirm,
    knownUrls: () =>
      options.knownFails === true ? Promise.reject(new Error('store closed')) : Promise.resolve(options.known ?? []),
  });
  return { outbound, openExternal, confirm };
}

describe('the URLs the profile holds', () => {
  it('collects evidence links, credential URLs and URL issuers, not URLs inside a sentence', () => {
    const urls = urlsInProfile(profileWithLinks());
    expect(urls).toEqual(
      expect.arrayContaining([
        'https://example.org/maya/stock-outs',
        'https://badges.example.net/assertions/42',
        'https://issuer.example.net/profile',
      ]),
    );
    expect(urls).toHaveLength(3);
  });

  it('adds the About links, and only those when the profile cannot be read', async () => {
    const about = ABOUT_LINKS.map((link) => link.url);
    expect(about.length).toBeGreaterThan(0);
    expect(await knownUrlSource(() => Promise.resolve(profileWithLinks()))()).toEqual(
      expect.arrayContaining(['https://badges.example.net/assertions/42', ...about]),
    );
    expect(await knownUrlSource(() => Promise.reject(new Error('damaged')))()).toEqual(about);
  });
});

describe('a link to the browser', () => {
  it('opens a URL the profile holds without asking', async () => {
    const { outbound, openExternal, confirm } = links({ known: ['https://example.org/maya/stock-outs'] });
    expect(await outbound.openExternal('https://example.org/maya/stock-outs')).toBe('opened');
    expect(openExternal).toHaveBeenCalledWith('https://example.org/maya/stock-outs');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('matches a known URL however it is spelled, and opens it as the browser would spell it', async () => {
    const { outbound, openExternal, confirm } = links({ known: ['HTTPS://Esco.EC.europa.eu'] });
    expect(await outbound.openExternal('https://esco.ec.europa.eu/')).toBe('opened');
    expect(openExternal).toHaveBeenCalledWith('https://esco.ec.europa.eu/');
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before opening any other URL, showing it in full, and opens nothing on Cancel', async () => {
    const { outbound, openExternal, confirm } = links({ known: ['https://example.org/maya/stock-outs'] });
    const leak = 'https://collector.example.com/c?profile=Maya%20Riverside&cert=42';
    expect(await outbound.openExternal(leak)).toBe('declined');
    expect(confirm).toHaveBeenCalledWith(leak);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('a known address with another query is another URL, and is asked about', async () => {
    const { outbound, confirm } = links({ known: ['https://example.org/maya/stock-outs'] });
    expect(await outbound.openExternal('https://example.org/maya/stock-outs?secret=1')).toBe('declined');
    expect(confirm).toHaveBeenCalledWith('https://example.org/maya/stock-outs?secret=1');
  });

  it('opens an unknown URL once the user says yes', async () => {
    const { outbound, openExternal } = links({ confirm: true });
    expect(await outbound.openExternal('https://example.com/page')).toBe('opened');
    expect(openExternal).toHaveBeenCalledWith('https://example.com/page');
  });

  it('shows the host as it really is: a look-alike domain in its punycode form', async () => {
    const { outbound, confirm } = links();
    await outbound.openExternal('https://exаmple.com/'); // the second letter is a Cyrillic "а"
    expect(confirm).toHaveBeenCalledWith('https://xn--exmple-4nf.com/');
  });

  it('treats a failed dialog as Cancel, and asks when the profile cannot be read', async () => {
    const failing = links({ confirm: new Error('no window') });
    expect(await failing.outbound.openExternal('https://example.com/')).toBe('declined');
    expect(failing.openExternal).not.toHaveBeenCalled();

    const unreadable = links({ knownFails: true, confirm: false });
    expect(await unreadable.outbound.openExternal('https://example.org/maya/stock-outs')).toBe('declined');
    expect(unreadable.confirm).toHaveBeenCalled();
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'https://user:pw@example.org/', 'nope'])(
    'never opens or asks about %s',
    async (url) => {
      const { outbound, openExternal, confirm } = links({ known: [url], confirm: true });
      expect(await outbound.openExternal(url)).toBe('refused');
      expect(confirm).not.toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('asks one question at a time: links arriving meanwhile are dropped', async () => {
    let answer: (yes: boolean) => void = () => undefined;
    const openExternal = vi.fn(() => Promise.resolve());
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const outbound = createOutboundLinks({ opener: { openExternal }, confirm, knownUrls: () => Promise.resolve([]) });
    const first = outbound.openExternal('https://example.com/1');
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    expect(await outbound.openExternal('https://example.com/2')).toBe('busy');
    answer(true);
    expect(await first).toBe('opened');
    expect(openExternal).toHaveBeenCalledTimes(1);
    // Once answered, the next unknown link is asked about again.
    const third = outbound.openExternal('https://example.com/3');
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(2));
    answer(false);
    expect(await third).toBe('declined');
  });
});

describe('the confirmation dialog', () => {
  it('shows the full URL and defaults to Cancel', () => {
    const url = `https://example.com/${'x'.repeat(1_500)}?q=1#end`;
    const options = linkConfirmationOptions(url);
    expect(options.detail).toContain(url);
    expect(options.buttons?.[options.defaultId ?? -1]).toBe('Cancel');
    expect(options.cancelId).toBe(options.defaultId);
  });

  it('says yes only for the Open button', async () => {
    const open = linkConfirmationOptions('https://example.com/').buttons?.indexOf('Open in browser') ?? -1;
    expect(await confirmLinkWith(() => Promise.resolve({ response: open }))('https://example.com/')).toBe(true);
    expect(await confirmLinkWith(() => Promise.resolve({ response: 0 }))('https://example.com/')).toBe(false);
  });
});
