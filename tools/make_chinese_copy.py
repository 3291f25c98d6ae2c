#!/usr/bin/env python3
"""Writes samples/chinese_ad_copy.csv: 300 short marketing lines in Simplified Chinese, each labelled `promo` (a sales
pitch: discounts, deadlines, calls to action) or `info` (a service notice: opening hours, delivery, account and policy
news). Both kinds talk about the same shops, members, orders and products, so a model has to read the selling words,
not the topic. Some lines mix in Latin words, numbers, full-width punctuation and emoji, as real copy does.
Made from the hand-written phrase lists below with a fixed seed; public domain (CC0), written by the project.
Run from the repository root: python3 tools/make_chinese_copy.py"""
import csv
import random

rnd = random.Random(20250606)
PROMO_COUNT = 160
INFO_COUNT = 140

SUBJECTS = ["全场商品", "新款连衣裙", "会员专享", "夏季新品", "进口零食", "家电", "护肤套装", "运动鞋", "咖啡豆",
            "母婴用品", "手机配件", "门店", "App用户", "VIP会员", "旗舰店", "本周末", "双十一", "618大促", "春节礼盒",
            "有机水果"]
PROMO_OFFERS = ["限时五折", "买一送一", "满199减50", "第二件半价", "直降{n}元", "低至{n}折", "全场包邮", "限量抢购",
                "新人立减{n}元", "加赠精美礼品", "清仓特价", "秒杀价{n}元", "折上折", "领券再减{n}元", "积分翻倍",
                "免费试用", "超值组合价", "爆款返场"]
PROMO_CALLS = ["立即抢购", "手慢无", "马上下单", "快来抢", "点击领取优惠券", "错过再等一年", "今天最后一天",
               "仅限今日", "数量有限先到先得", "赶快行动", "扫码立享", "速来围观", "不要错过", "库存告急"]
PROMO_EXTRAS = ["！", "！！", "!!!", "🔥", "🎉", "💥", "⚡", "🛒", "，抢到就是赚到", "，价格屠夫来了", "，好物不等人",
                " SALE", " Hot!", ""]

INFO_NOTICES = ["营业时间调整为{h}:00至21:00", "本周六系统升级维护", "订单已发货，请注意查收", "物流信息已更新",
                "退换货政策说明", "积分规则将于下月更新", "会员等级每月1日评定", "停车场入口临时改道",
                "配送范围新增{n}个区县", "发票可在订单详情页申请", "客服热线服务时间为9:00至18:00",
                "账户安全提醒：请勿泄露验证码", "隐私政策已更新", "门店地址迁至人民路{n}号", "节假日配送时间顺延",
                "预约服务需提前{n}天", "商品召回通知", "支付方式新增银行卡快捷支付", "价格保护规则说明",
                "会员卡绑定流程说明",
                # notices that talk about promotions: the topic alone does not give the label away
                "优惠券使用规则说明", "促销活动已于{n}日结束", "满减活动规则说明", "秒杀商品不支持七天无理由退货",
                "特价商品发货时间延迟{n}天", "折扣以结算页面为准", "抽奖活动中奖名单已公布"]
INFO_DETAILS = ["详情请咨询门店工作人员", "如有疑问请联系客服", "感谢您的理解与支持", "请您合理安排时间",
                "具体以公告为准", "给您带来不便敬请谅解", "可在App中查看", "请留意短信通知", "特此通知",
                "请查看官网公告", "相关说明见附件", "已完成的订单不受影响"]
INFO_EXTRAS = ["。", "。", "。", "", "（以上信息仅供参考）", " FAQ", "📢", "ℹ️", "。谢谢", ""]


def fill(phrase):
    return phrase.format(n=rnd.choice([2, 3, 5, 8, 10, 20, 30, 50, 99, 100, 200]), h=rnd.choice([8, 9, 10]))


def promo():
    opener = rnd.choice(SUBJECTS) if rnd.random() < 0.8 else rnd.choice(["会员日活动通知", "温馨提示", "好消息"])
    parts = [opener, fill(rnd.choice(PROMO_OFFERS))]
    if rnd.random() < 0.5:
        parts.append(fill(rnd.choice(PROMO_OFFERS)))
    parts.append(rnd.choice(PROMO_CALLS))
    sep = rnd.choice(["，", " ", "｜", "！"])
    return sep.join(parts) + rnd.choice(PROMO_EXTRAS)


def info():
    parts = [rnd.choice(SUBJECTS), fill(rnd.choice(INFO_NOTICES))]
    if rnd.random() < 0.6:
        parts.append(rnd.choice(INFO_DETAILS))
    sep = rnd.choice(["：", "，", " "])
    return sep.join(parts) + rnd.choice(INFO_EXTRAS)


def unique(make, count, seen):
    out = []
    while len(out) < count:
        text = make()
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


seen = set()
rows = [(t, "promo") for t in unique(promo, PROMO_COUNT, seen)] + [(t, "info") for t in unique(info, INFO_COUNT, seen)]
rnd.shuffle(rows)
with open("samples/chinese_ad_copy.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["text", "label"])
    w.writerows(rows)
print(f"wrote {len(rows)} rows to samples/chinese_ad_copy.csv")
