/**
 * The preset dictionary of raw codec 2 (src/store/rawCodec.ts): what a mail message shares with
 * every other, given to DEFLATE so that even a short message finds its header names, its
 * Mailman footer and common words to refer back to instead of spelling them out (a message of a
 * kilobyte or two is too short to build much of a window of its own). About a tenth off the
 * stored mail of a generated archive, 6% off the real posts of fixtures/real-corpus.
 *
 * Generic on purpose: header fields and the shapes of pipermail text archives, HyperKitty and
 * public-inbox exports, Mailman's footer and scrubbed-attachment notes, patch mail, reply
 * openers and the commonest English words; nothing from any one list or archive.
 *
 * NEVER CHANGE THESE BYTES: every row stored with codec 2 needs exactly them to come back. A
 * better dictionary is a new codec number beside this one. The most frequent strings come last
 * (DEFLATE distances to the dictionary's end are the cheapest).
 */
const LINES = [
  "the be to of and a in that have I it for not on with he as you do at this but his by from they we say her she or an will my one all would there their what so up out if about who get which go me when make can like time no just him know take people into year your good some could them see other than then now look only come its over think also back after use two how our work first well way even new want because any these give day most us is are was were been has had does did should may might must shall need please thanks issue bug patch fix test release build version file support problem error change update  ",
  "Received: from localhost (localhost [127.0.0.1]) by  with ESMTP id ; ",
  "X-Virus-Scanned: ",
  "X-Spam-Status: No, score=",
  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=; s=; h=",
  "Authentication-Results: ; dkim=pass",
  "MIME-Version: 1.0",
  "Content-Type: multipart/alternative; boundary=\"",
  "Content-Type: text/plain; charset=\"us-ascii\"",
  "Content-Type: text/plain; charset=\"utf-8\"",
  "Content-Type: text/plain; charset=UTF-8; format=flowed",
  "Content-Type: text/plain; charset=\"iso-8859-1\"",
  "Content-Transfer-Encoding: quoted-printable",
  "Content-Transfer-Encoding: 8bit",
  "Content-Transfer-Encoding: 7bit",
  "Content-Disposition: inline",
  "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:) Gecko/20100101 Thunderbird/",
  "X-Mailer: ",
  "X-BeenThere: ",
  "X-Mailman-Version: 2.1.",
  "Precedence: list",
  "List-Id: ",
  "List-Unsubscribe: <https://lists./mailman/options/>, <mailto:-request@?subject=unsubscribe>",
  "List-Archive: <https://lists./pipermail/>",
  "List-Post: <mailto:>",
  "List-Help: <mailto:-request@?subject=help>",
  "List-Subscribe: <https://lists./mailman/listinfo/>, <mailto:-request@?subject=subscribe>",
  "Errors-To: -bounces@",
  "Sender: \"\" <-bounces@>",
  "Reply-To: ",
  "Cc: ",
  "To: ",
  "-------------- next part --------------",
  "An HTML attachment was scrubbed...",
  "URL: <http://lists./pipermail//attachments/.html>",
  "Signed-off-by: ",
  "diff --git a/ b/",
  "index ..",
  "--- a/",
  "+++ b/",
  "@@ -",
  "https://github.com/",
  "https://bugzilla.",
  "http://review.",
  "Hi all,",
  "",
  "I think we should the patch is this would be to have the same as for the ",
  "Please let me know if you have any questions.",
  "Thanks for the review.",
  "Thanks,",
  "Best regards,",
  "Cheers,",
  "",
  "On Mon, Tue, Wed, Thu, Fri, Sat, Sun, Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec 20",
  " wrote:",
  "> ",
  "> > ",
  ">> ",
  "_______________________________________________",
  " mailing list",
  " at lists.",
  "http://lists./mailman/listinfo/",
  "",
  "From  at  Mon Jan  1 00:00:00 20",
  "From:  at  (",
  "Date: , ",
  "Subject: Re: [",
  "In-Reply-To: <",
  "References: <",
  "Message-ID: <",
];

/** Codec 2's dictionary: the lines above, each ended by '\n', in ASCII. */
export const MAIL_DICTIONARY_1: Buffer = Buffer.from(LINES.map((l) => `${l}\n`).join(''), 'latin1');
