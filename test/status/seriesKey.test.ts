import { describe, expect, it } from 'vitest';
import { seriesTemplate } from '../../src/status/index.js';

const key = (s: string) => seriesTemplate(s)?.key ?? null;

describe('seriesTemplate', () => {
  it('gives the issues of a series one template, whatever their numbers and dates', () => {
    // git: What's cooking issues (real subjects from 2011 and 2024)
    expect(key("What's cooking in git.git (Nov 2011, #04; Sun, 13)")).toBe(key("What's cooking in git.git (Jun 2024, #08; Thu, 27)"));
    expect(key("What's cooking in git.git (Jun 2024, #08; Thu, 27)")).toBe("what's cooking in git.git (<date>)");
    expect(key('linux-next: Tree for Jun 7')).toBe(key('linux-next: Tree for Dec 16'));
    expect(key('[openstack-dev] [release] Release countdown for week R-5, Jun 28 - Jul 2')).toBe(key('[openstack-dev] [release] Release countdown for week R-4, Jul 5 - 9'));
    expect(key('[placement] update 19-03')).toBe(key('[placement] update 18-47'));
    expect(key('Twisted Weekly News #9')).toBe(key('Twisted Weekly News #11'));
  });

  it('ends a subject at its counter when a topic follows it', () => {
    expect(key('[GSoC] Week 3: Implement the sparse index in mv')).toBe(key('[GSoC] Week 8: Fix the tests'));
  });

  it('keeps different series apart', () => {
    expect(key('linux-next: Tree for Jun 7')).not.toBe(key('linux-next: manual merge of the net tree'));
    expect(key('[Gluster-devel] jdarcy status (October 2014)')).not.toBe(key('[Gluster-devel] glusterfs-3.6.0beta3 released'));
  });

  it('has no template for replies, forwards and subjects where nothing varies', () => {
    expect(seriesTemplate("Re: What's cooking in git.git (Jun 2024, #08; Thu, 27)")).toBeNull();
    expect(seriesTemplate("[git] Re: What's cooking in git.git (Jun 2024, #08)")).toBeNull();
    expect(seriesTemplate('Fwd: linux-next: Tree for Jun 7')).toBeNull();
    expect(seriesTemplate('Help with the build')).toBeNull();
    expect(seriesTemplate('2014')).toBeNull();
  });

  it('keeps the subject\'s case in the name it shows', () => {
    expect(seriesTemplate('linux-next: Tree for Jun 7')?.name).toBe('linux-next: Tree for <date>');
  });
});
