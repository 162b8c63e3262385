/**
 * Serve stage: another campaign open for the same group (the studio's, by the group's id), for a
 * leader whose campaign has ended or whose pages the office closed (qa47 m2). The links are per
 * campaign: the leader may have kept only last month's, and its page must not be a dead end
 * while the group's new campaign runs.
 */
export interface OpenElsewhere {
  /** The other campaign's title, as its own page names it. */
  title: string;
  /** The group's name in that campaign's list. */
  groupName: string;
  /** The group's page of that campaign (its link's path, on the same host). */
  href: string;
  /**
   * It follows this campaign: it starts after this one's last day or its report deadline, the
   * earlier (đợt 2 after đợt 1). Only then is it "the new campaign" and this one "the old"; one
   * that runs alongside (a ward's rabies vaccination and its disaster fund the same month, rev58a
   * #4) is another campaign, this one's page still in use.
   */
  follows: boolean;
  /**
   * It has begun (its first day is today or past). Only a following campaign that has begun
   * settles this one's page: đợt 2 opened early leaves đợt 1's print steps to its last day
   * (review59a #2: January's fee page lost "In bảng theo dõi" from 15/01, February's opening).
   */
  begun: boolean;
}
