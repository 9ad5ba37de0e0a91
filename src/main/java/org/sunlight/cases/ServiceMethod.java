package org.sunlight.cases;

/**
 * How a document reaches the party (行政处罚法 第六十一条, 民事诉讼法 第八十七条至第九十五条 as it refers to them): the
 * party's periods run from the day of receipt this records.
 */
public enum ServiceMethod {
    /** 直接送达: handed to the party, who signs the receipt. */
    DIRECT,
    /** 留置送达: left at the party's residence when the party refuses to sign, with witnesses or a recording. */
    LEFT_AT_RESIDENCE,
    /** 邮寄送达: the day of receipt is the day the post's receipt shows. */
    POST,
    /** 电子送达: by fax or e-mail, only with the party's written consent. */
    ELECTRONIC,
    /** 公告送达: when the party cannot be reached otherwise; served when the notice period ends. */
    PUBLIC_NOTICE;

    public String labelKey() {
        return "service-method." + name();
    }
}
