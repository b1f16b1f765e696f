"""The words that title a list of records, per record type, in the languages v0 apps use."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.vocabulary import phrases

LIST_TITLES = {
    "booking": phrases(
        r"(my |all |upcoming )?(reservations|bookings|appointments)",
        r"agenda",
        r"réservations",
        r"rendez-vous",
        r"reservas",
        r"citas",
        r"termine",
        r"buchungen",
        r"prenotazioni",
        r"agendamentos",
        r"afspraken",
        r"lịch hẹn",
        r"randevular",
        r"bookinger",
        r"reservasjoner",
        r"bokningar",
        r"rezervace",
        r"rezerwacje",
        r"registrations",
        r"inscriptions",
        r"inscripciones",
        r"inscrições",
        r"anmeldungen",
        r"iscrizioni",
        r"inschrijvingen",
        r"đăng ký",
        "予約一覧",
    ),
    "event": phrases(
        r"(explore |upcoming |all |my |our )?events",
        r"eventos",
        r"(é|e)v(é|e)nements",
        r"veranstaltungen",
        r"eventi",
        r"evenementen",
        r"sự kiện",
        r"etkinlikler",
        "イベント一覧",
        # conferences listed as what a visitor attends (round 20), in the languages v0 writes
        r"(upcoming )?(conferences|conferencias|conférences|konferenzen|conferenze|conferências)",
        r"(כנסים ו)?אירועים",
        r"(предстоящие |все |ближайшие |наши )?(мероприятия|события)",
        # auctions still to be held, on a date bidders attend (round 21); "Active auctions" of
        # items bid on now sell those items, no happening
        r"(upcoming|предстоящие|ближайшие) (auctions|аукционы)",
        r"próximas subastas",
        r"próximos leilões",
        r"prochaines enchères",
        r"kommende auktionen",
        r"prossime aste",
        r"komende veilingen",
        r"phiên đấu giá sắp tới",
    ),
    "invoice": phrases(
        r"invoices",
        r"invoice history",
        # the payments a business took, one row each (who paid what, when): its bills paid
        r"payments? history",
        r"historial de pagos",
        r"histórico de pagamentos",
        r"historique des paiements",
        r"zahlungsverlauf",
        r"storico (dei )?pagamenti",
        r"betalingsgeschiedenis",
        r"lịch sử thanh toán",
        # an account's own bills, one per period (round 17: a customer's own bills)
        r"billing history",
        r"historial de facturaci[oó]n",
        r"hist[oó]rico de (faturamento|cobran[cç]a|faturas)",
        r"historique de facturation",
        r"(rechnungs|abrechnungs)verlauf",
        r"(storico|cronologia) (della )?fatturazione",
        r"factuurgeschiedenis",
        # a receipt is a bill already paid (round-9 settled point): its list is an invoice list
        r"receipts",
        r"receipt history",
        r"recibos",
        r"reçus",
        r"quittungen",
        r"ricevute",
        "領収書一覧",
        r"factures",
        r"facturas",
        r"rechnungen",
        r"fatture",
        r"faturas",
        r"facturen",
        r"hóa đơn",
        "請求書一覧",
    ),
    # a complaint is raised by a customer, guest or resident (round-10 settled point): a list
    # of complaints is a ticket list; an internal board ("Issues", "Work orders") is not
    "ticket": phrases(
        r"(my |all |recent |student |guest |customer )?complaints",
        r"support tickets",
        r"grievances",
        r"quejas",
        r"reclamos",
        r"reclamações",
        r"réclamations",
        r"plaintes",
        r"beschwerden",
        r"reclami",
        r"klachten",
        r"khiếu nại",
        r"şikayetler",
        "苦情",
        # the requests of tenants or customers to repair what they rent or bought (LABELLING
        # round 17: every list of them is a ticket list); an internal "Maintenance" board is not
        r"(my |all |recent |open |pending |active )?(maintenance|repair) (requests|tickets)",
        r"solicitudes de (mantenimiento|reparación)",
        r"(solicitações|pedidos) de (manutenção|reparo)",
        r"demandes (d'intervention|de maintenance|de réparation)",
        r"wartungsanfragen",
        r"reparaturanfragen",
        r"richieste di (manutenzione|riparazione)",
        r"onderhoudsverzoeken",
        r"yêu cầu (bảo trì|sửa chữa)",
        r"заявки на ремонт",
        r"bakım talepleri",
        r"permintaan perbaikan",
        "修理依頼一覧",
        "修繕依頼",
        "报修记录",
    ),
    "contact": phrases(
        r"clients",
        r"customers",
        r"contacts",
        r"leads",
        r"members",
        r"patients",
        r"subscribers",
        # a subscriptions list is who pays the business each month (round 18: a contact list)
        r"subscriptions",
        r"suscripciones",
        r"assinaturas",
        r"abonnements",
        r"abonnementen",
        r"abbonamenti",
        r"miembros",
        r"membres",
        r"mitglieder",
        r"membri",
        r"leden",
        r"membros",
        r"pacientes",
        r"patients",
        r"patienten",
        r"pazienti",
        r"thành viên",
        r"bệnh nhân",
        r"üyeler",
        r"hastalar",
        "会員",
        r"clientes",
        r"kunden",
        r"contatti",
        r"klanten",
        r"khách hàng",
        r"müşteriler",
        "顧客",
        # clients, customers, leads and members in the scripts of other v0 apps (Hebrew,
        # Russian, Ukrainian, Arabic, Korean, Chinese, Indonesian, Polish)
        r"לקוחות",
        r"לידים",
        r"клиенты",
        r"лиды",
        r"клієнти",
        r"العملاء",
        r"عملاء",
        "고객",
        "회원",
        "客户",
        r"pelanggan",
        r"klien",
        r"klienci",
        # the people a school, a coach or a charity keeps on file: students, donors (a business's
        # suppliers are not the people it serves, round 15: no contact list)
        r"(my |all )?students",
        r"(mis )?alumnos",
        r"(meus )?alunos",
        r"(mis |todos los )?estudiantes",
        r"étudiants",
        r"estudantes",
        r"studenten",
        r"studierende",
        r"élèves",
        r"schüler",
        r"studenti",
        r"leerlingen",
        r"học sinh",
        "生徒",
        r"donors",
        r"donantes",
        r"doadores",
        r"donateurs",
        r"spender",
        r"donatori",
    ),
}


# a title that looks one record up heads a search box, not a list: "Buscar cliente",
# "Search customer", "Müşteri Ara", "顧客を検索". Verbs open the title in most languages and
# close it in Turkish, Japanese and Korean. Picking verbs ("Select a patient") stay out: a list
# of patients to pick from is still the patients list; so do editing ones ("Edit customer"
# heads the customer's own screen, labelled as the record's).
_OPENING_VERBS = frozenset(
    re.findall(
        r"\S+",
        "search find lookup buscar busca procurar pesquisar rechercher chercher suchen finden "
        "cerca cercare zoek zoeken tìm 搜索 查找 найти поиск",
    )
)
_CLOSING_VERBS = frozenset({"ara", "bul"})
# written without spaces: the verb ends the title's last word
_CLOSING_CJK = ("検索", "검색", "찾기")


def picker_titled(title: str) -> bool:
    """True for a list title that looks one record up ("Search customer", "Müşteri Ara"): a
    search box, not a list of records."""
    found = re.findall(r"\w+", title.lower())
    if not found:
        return False
    return (
        found[0] in _OPENING_VERBS
        or found[-1] in _CLOSING_VERBS
        or found[-1].endswith(_CLOSING_CJK)
    )
