package io.modelgate.adapters.rest.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;

/** The console's labels in Japanese, chosen by Accept-Language or the language switch. */
@Localized("ja")
public interface ConsoleMessagesJa extends ConsoleMessages {

    @Override
    @Message("ModelGate コンソール")
    String app_name();

    @Override
    @Message("本文へスキップ")
    String skip_to_content();

    @Override
    @Message("メイン")
    String nav_label();

    @Override
    @Message("ホーム")
    String nav_home();

    @Override
    @Message("承認申請")
    String nav_requests();

    @Override
    @Message("新規承認申請")
    String nav_new_request();

    @Override
    @Message("審査キュー")
    String nav_reviews();

    @Override
    @Message("承認一覧")
    String nav_approvals();

    @Override
    @Message("カタログ")
    String nav_catalog();

    @Override
    @Message("予算")
    String nav_budgets();

    @Override
    @Message("監査証跡")
    String nav_audit();

    @Override
    @Message("サインアウト")
    String sign_out();

    @Override
    @Message("言語")
    String language();

    @Override
    @Message("ようこそ")
    String home_title();

    @Override
    @Message("サインイン中のユーザー")
    String home_subject();

    @Override
    @Message("部署")
    String home_department();

    @Override
    @Message("ロール")
    String home_roles();

    @Override
    @Message("(なし)")
    String home_no_department();

    @Override
    @Message("できること")
    String home_links();

    @Override
    @Message("所属部署の承認申請")
    String requests_title();

    @Override
    @Message("承認申請")
    String requests_all_title();

    @Override
    @Message("承認申請はまだありません。")
    String requests_empty();

    @Override
    @Message("ID")
    String col_id();

    @Override
    @Message("モデル")
    String col_model();

    @Override
    @Message("デプロイ形態")
    String col_deployment();

    @Override
    @Message("目的")
    String col_purpose();

    @Override
    @Message("状態")
    String col_state();

    @Override
    @Message("更新日時")
    String col_updated();

    @Override
    @Message("部署")
    String col_department();

    @Override
    @Message("申請者")
    String col_requester();

    @Override
    @Message("新規承認申請")
    String draft_title();

    @Override
    @Message("下書きの編集")
    String edit_title();

    @Override
    @Message("ユースケース")
    String use_case_legend();

    @Override
    @Message("想定月間利用量")
    String volume_legend();

    @Override
    @Message("モデル")
    String field_model();

    @Override
    @Message("デプロイ形態")
    String field_deployment();

    @Override
    @Message("利用目的")
    String field_purpose();

    @Override
    @Message("タスク分類")
    String field_task();

    @Override
    @Message("利用者")
    String field_audience();

    @Override
    @Message("商用利用")
    String field_commercial();

    @Override
    @Message("モデルまたは派生物を再配布する")
    String field_redistributes();

    @Override
    @Message("ファインチューニングする")
    String field_fine_tunes();

    @Override
    @Message("想定月間アクティブユーザー数")
    String field_mau();

    @Override
    @Message("最高データ分類")
    String field_classification();

    @Override
    @Message("月間リクエスト数")
    String field_requests_per_month();

    @Override
    @Message("1リクエストあたり平均入力トークン数")
    String field_avg_input();

    @Override
    @Message("1リクエストあたり平均出力トークン数")
    String field_avg_output();

    @Override
    @Message("下書きを保存")
    String draft_save();

    @Override
    @Message("保存されませんでした")
    String form_error_title();

    @Override
    @Message("この間に他の人が変更しました。ページを再読み込みして最新の内容を確認してから、もう一度操作してください。")
    String stale_hint();

    @Override
    @Message("承認申請")
    String request_title();

    @Override
    @Message("状態")
    String request_status();

    @Override
    @Message("自動評価の指摘事項")
    String findings_title();

    @Override
    @Message("プレビュー: この下書きに対する現在のルール評価です。申請すると再評価され、結果が記録されます。")
    String findings_preview();

    @Override
    @Message("指摘事項はありません。")
    String findings_none();

    @Override
    @Message("ライセンス上の義務")
    String obligations_title();

    @Override
    @Message("義務はありません。")
    String obligations_none();

    @Override
    @Message("月額費用見積もり")
    String estimate_title();

    @Override
    @Message("月額見積もり")
    String estimate_monthly();

    @Override
    @Message("今月の残り予算")
    String remaining_budget();

    @Override
    @Message("今月の予算は未設定です")
    String no_budget();

    @Override
    @Message("必要な審査")
    String required_reviews();

    @Override
    @Message("未完了の審査")
    String pending_reviews();

    @Override
    @Message("なし")
    String reviews_none();

    @Override
    @Message("履歴")
    String history_title();

    @Override
    @Message("審査結果")
    String decisions_title();

    @Override
    @Message("日時")
    String col_when();

    @Override
    @Message("実行者")
    String col_who();

    @Override
    @Message("操作")
    String col_action();

    @Override
    @Message("備考")
    String col_note();

    @Override
    @Message("コメント")
    String col_comment();

    @Override
    @Message("申請する")
    String submit_button();

    @Override
    @Message("取り下げる")
    String withdraw_button();

    @Override
    @Message("下書きを編集")
    String edit_link();

    @Override
    @Message("付与された承認")
    String approval_link();

    @Override
    @Message("ユースケース")
    String use_case_title();

    @Override
    @Message("審査キュー")
    String reviews_title();

    @Override
    @Message("担当する審査")
    String reviews_kinds();

    @Override
    @Message("審査待ちの申請はありません。")
    String reviews_empty();

    @Override
    @Message("承認申請の審査")
    String review_title();

    @Override
    @Message("審査種別")
    String review_kind();

    @Override
    @Message("コメント")
    String review_comment();

    @Override
    @Message("却下する場合は必須です。")
    String review_comment_hint();

    @Override
    @Message("承認")
    String review_approve();

    @Override
    @Message("却下")
    String review_reject();

    @Override
    @Message("この申請にはあなたが判断できる審査がありません(判断済み、担当外、または自分の申請)。")
    String review_nothing_open();

    @Override
    @Message("承認一覧")
    String approvals_title();

    @Override
    @Message("承認はありません。")
    String approvals_empty();

    @Override
    @Message("承認")
    String approval_title();

    @Override
    @Message("有効期限")
    String col_valid_until();

    @Override
    @Message("状態")
    String col_status();

    @Override
    @Message("有効")
    String col_live();

    @Override
    @Message("再審査")
    String col_rereview();

    @Override
    @Message("データ分類上限")
    String col_classification();

    @Override
    @Message("要再審査")
    String rereview_flagged();

    @Override
    @Message("この承認を取り消す")
    String revoke_title();

    @Override
    @Message("理由")
    String revoke_reason();

    @Override
    @Message("取り消す")
    String revoke_button();

    @Override
    @Message("取消")
    String revoked_by();

    @Override
    @Message("はい")
    String yes();

    @Override
    @Message("いいえ")
    String no();

    @Override
    @Message("カタログ")
    String catalog_title();

    @Override
    @Message("モデル")
    String models_title();

    @Override
    @Message("ライセンス")
    String licenses_title();

    @Override
    @Message("名称")
    String col_name();

    @Override
    @Message("提供元")
    String col_provider();

    @Override
    @Message("種別")
    String col_source();

    @Override
    @Message("ライセンス")
    String col_license();

    @Override
    @Message("ライフサイクル")
    String col_lifecycle();

    @Override
    @Message("デプロイ形態")
    String col_deployments();

    @Override
    @Message("商用利用")
    String col_commercial_use();

    @Override
    @Message("月間アクティブユーザー上限")
    String col_mau_cap();

    @Override
    @Message("帰属表示")
    String col_attribution();

    @Override
    @Message("再配布")
    String col_redistribution();

    @Override
    @Message("継承")
    String col_share_alike();

    @Override
    @Message("派生物の名称")
    String col_naming();

    @Override
    @Message("概要")
    String col_summary();

    @Override
    @Message("予算と支出")
    String budgets_title();

    @Override
    @Message("部署")
    String budget_department();

    @Override
    @Message("表示")
    String budget_show();

    @Override
    @Message("予算を表示する部署を選んでください。")
    String budget_choose();

    @Override
    @Message("月")
    String budget_month();

    @Override
    @Message("予算額")
    String budget_amount();

    @Override
    @Message("上限")
    String budget_hard_limit();

    @Override
    @Message("警告しきい値(%)")
    String budget_soft_percent();

    @Override
    @Message("通貨")
    String budget_currency();

    @Override
    @Message("今月の支出")
    String budget_spent();

    @Override
    @Message("予約中")
    String budget_reserved();

    @Override
    @Message("残り")
    String budget_remaining();

    @Override
    @Message("今月の予算は設定されていません。")
    String budget_none();

    @Override
    @Message("今月のモデル別支出")
    String budget_by_model();

    @Override
    @Message("月別予算")
    String budget_history();

    @Override
    @Message("警告しきい値に到達")
    String budget_soft_reached();

    @Override
    @Message("上限に到達")
    String budget_hard_reached();

    @Override
    @Message("呼び出し数")
    String col_calls();

    @Override
    @Message("費用")
    String col_cost();

    @Override
    @Message("月次予算の設定")
    String budget_set_title();

    @Override
    @Message("予算を保存")
    String budget_save();

    @Override
    @Message("予算は閲覧のみです。変更は管理者が行います。")
    String budget_readonly();

    @Override
    @Message("監査証跡")
    String audit_title();

    @Override
    @Message("チェーン検証")
    String audit_verification();

    @Override
    @Message("検証済み: ハッシュチェーンは改ざんされていません")
    String audit_verified();

    @Override
    @Message("検証失敗: チェーンが壊れています")
    String audit_broken();

    @Override
    @Message("検証したイベント数")
    String audit_checked();

    @Override
    @Message("最初に壊れている連番")
    String audit_first_broken();

    @Override
    @Message("#")
    String col_seq();

    @Override
    @Message("対象")
    String col_entity();

    @Override
    @Message("結果")
    String col_outcome();

    @Override
    @Message("実行者")
    String col_actor();

    @Override
    @Message("さらに古いイベント")
    String audit_next();

    @Override
    @Message("新しいイベント")
    String audit_previous();

    @Override
    @Message("ページを表示できません")
    String problem_title();

    @Override
    @Message("コンソールのホームへ戻る")
    String problem_back();

    @Override
    @Message("コンソールにはOIDCプロバイダーが必要です")
    String unavailable_title();

    @Override
    @Message("サインアウトしました")
    String signed_out_title();

    @Override
    @Message("再度サインイン")
    String sign_in_again();

    // --- provider endpoints (EndpointPages) ---

    @Override
    @Message("エンドポイント")
    String nav_endpoints();

    @Override
    @Message("プロバイダーのエンドポイント")
    String endpoints_title();

    @Override
    @Message("承認済みのデプロイメントごとの提供先（ゲートウェイが現在参照している内容）。ここで保存したエンドポイントは設定ファイルのものに優先します。キーは環境変数名またはシークレットファイル名で指定し、キーそのものは入力しません。")
    String endpoints_intro();

    @Override
    @Message("定義元")
    String col_endpoint_source();

    @Override
    @Message("プロトコル")
    String col_endpoint_protocol();

    @Override
    @Message("URL")
    String col_endpoint_url();

    @Override
    @Message("上流モデル名")
    String col_endpoint_upstream();

    @Override
    @Message("キー")
    String col_endpoint_key();

    @Override
    @Message("ゲートウェイから呼出")
    String col_endpoint_callable();

    @Override
    @Message("設定ファイルの定義を置換")
    String endpoint_overrides();

    @Override
    @Message("削除")
    String endpoint_remove();

    @Override
    @Message("エンドポイントを保存")
    String endpoint_set_title();

    @Override
    @Message("タイムアウト（秒）")
    String field_timeout_seconds();

    @Override
    @Message("キーの環境変数名")
    String field_secret_env();

    @Override
    @Message("またはシークレットファイル名")
    String field_secret_file();

    @Override
    @Message("どちらか一方のみ：ModelGate プロセスの環境変数名、またはシークレットディレクトリ内のファイル名。キーそのものは入力しないでください。")
    String endpoint_secret_hint();

    @Override
    @Message("保存")
    String endpoint_save();
}
