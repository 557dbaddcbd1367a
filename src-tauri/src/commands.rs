//! The commands the UI invokes: each a one-line adapter over `peerguide_core::api::Api`.
//!
//! Names and parameters are the UI's contract (`invoke('<op>', { params })`). Errors cross as
//! `ErrorBody { code, message }`. No decisions are made here: they belong to the core, where
//! the web mode's routes reach them too.
//!
//! `async` runs each command on Tauri's thread pool rather than the window's main thread, so a
//! search never freezes scrolling.

use peerguide_core::api::{
    About, ArticleParams, ArticlesParams, ChangePinParams, ErrorBody, FlagParams, HubParams,
    IdleParams, LangParams, MyProfile, PinParams, PlanDatesParams, PlanParams, PlanStepParams,
    ProfileParams, SearchParams, SearchStatus, ServiceParams, ServicesParams, SuggestionIdParams,
    SuggestionParams, SuggestionsView, SyncView, TopicSection, VolunteersParams,
};
use peerguide_core::article::{ArticleSummary, ArticleView};
use peerguide_core::language::LanguageInfo;
use peerguide_core::lock::LockStatus;
use peerguide_core::organisation::OrganisationView;
use peerguide_core::plan::PlanView;
use peerguide_core::plan::calendar::PlanCalendar;
use peerguide_core::search::SearchHit;
use peerguide_core::service::ServiceView;
use peerguide_core::suggestion::Suggestion;
use peerguide_core::sync::SyncError;
use peerguide_core::sync::device::HubLink;
use peerguide_core::volunteer::Volunteer;
use peerguide_sync_client::device::{JoinParams, ReviewParams, RevokeParams, SyncDone, SyncParams};
use tauri::State;

use crate::state::AppState;

type Reply<T> = Result<T, ErrorBody>;

fn body(err: peerguide_core::Error) -> ErrorBody {
    ErrorBody::from(&err)
}

fn sync_body(err: SyncError) -> ErrorBody {
    ErrorBody::from(&err)
}

#[tauri::command(async)]
pub fn languages(state: State<'_, AppState>) -> Reply<Vec<LanguageInfo>> {
    Ok(state.api()?.languages())
}

#[tauri::command(async)]
pub fn home(state: State<'_, AppState>, params: LangParams) -> Reply<Vec<TopicSection>> {
    state.api()?.home(params).map_err(body)
}

#[tauri::command(async)]
pub fn articles(state: State<'_, AppState>, params: ArticlesParams) -> Reply<Vec<ArticleSummary>> {
    state.api()?.articles(params).map_err(body)
}

#[tauri::command(async)]
pub fn article(state: State<'_, AppState>, params: ArticleParams) -> Reply<ArticleView> {
    state.api()?.article(params).map_err(body)
}

#[tauri::command(async)]
pub fn search(state: State<'_, AppState>, params: SearchParams) -> Reply<Vec<SearchHit>> {
    state.api()?.search(params).map_err(body)
}

#[tauri::command(async)]
pub fn search_status(state: State<'_, AppState>) -> Reply<SearchStatus> {
    state.api()?.search_status().map_err(body)
}

#[tauri::command(async)]
pub fn services(state: State<'_, AppState>, params: ServicesParams) -> Reply<Vec<ServiceView>> {
    state.api()?.services(params).map_err(body)
}

#[tauri::command(async)]
pub fn service(state: State<'_, AppState>, params: ServiceParams) -> Reply<ServiceView> {
    state.api()?.service(params).map_err(body)
}

#[tauri::command(async)]
pub fn organisation(
    state: State<'_, AppState>,
    params: LangParams,
) -> Reply<Option<OrganisationView>> {
    state.api()?.organisation(params).map_err(body)
}

#[tauri::command(async)]
pub fn volunteers(state: State<'_, AppState>, params: VolunteersParams) -> Reply<Vec<Volunteer>> {
    state.api()?.volunteers(params).map_err(body)
}

#[tauri::command(async)]
pub fn about(state: State<'_, AppState>) -> Reply<About> {
    state.api()?.about().map_err(body)
}

#[tauri::command(async)]
pub fn sync_status(state: State<'_, AppState>, params: LangParams) -> Reply<SyncView> {
    state.api()?.sync_status(params).map_err(sync_body)
}

#[tauri::command(async)]
pub fn set_hub(state: State<'_, AppState>, params: HubParams) -> Reply<Option<HubLink>> {
    state.api()?.set_hub(params).map_err(sync_body)
}

/// Truly `async`: the sync waits on the network on a blocking thread of its own, so it holds
/// none of the command pool's threads meanwhile.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppState>, params: SyncParams) -> Reply<SyncDone> {
    state.device()?.sync_now(params).await.map_err(sync_body)
}

#[tauri::command(async)]
pub fn my_profile(state: State<'_, AppState>, params: LangParams) -> Reply<Option<MyProfile>> {
    state.api()?.my_profile(params).map_err(sync_body)
}

#[tauri::command(async)]
pub fn save_profile(state: State<'_, AppState>, params: ProfileParams) -> Reply<MyProfile> {
    state.api()?.save_profile(params).map_err(sync_body)
}

#[tauri::command(async)]
pub fn delete_profile(state: State<'_, AppState>) -> Reply<()> {
    state.api()?.delete_profile().map_err(sync_body)
}

#[tauri::command(async)]
pub fn review_list(state: State<'_, AppState>) -> Reply<Vec<Volunteer>> {
    state.api()?.review_list().map_err(sync_body)
}

/// Truly `async`, as `sync_now`: it waits on the hub.
#[tauri::command]
pub async fn join(state: State<'_, AppState>, params: JoinParams) -> Reply<HubLink> {
    state.device()?.join(params).await.map_err(sync_body)
}

/// Truly `async`, as `sync_now`: it waits on the hub, then syncs.
#[tauri::command]
pub async fn review_profile(state: State<'_, AppState>, params: ReviewParams) -> Reply<SyncDone> {
    state
        .device()?
        .review_profile(params)
        .await
        .map_err(sync_body)
}

#[tauri::command(async)]
pub fn plan(state: State<'_, AppState>, params: PlanParams) -> Reply<Option<PlanView>> {
    state.api()?.plan(params).map_err(body)
}

#[tauri::command(async)]
pub fn plan_guide(state: State<'_, AppState>, params: PlanParams) -> Reply<Option<PlanView>> {
    state.api()?.plan_guide(params).map_err(body)
}

#[tauri::command(async)]
pub fn plan_calendar(state: State<'_, AppState>, params: PlanParams) -> Reply<PlanCalendar> {
    state.api()?.plan_calendar(params).map_err(body)
}

#[tauri::command(async)]
pub fn save_plan_dates(state: State<'_, AppState>, params: PlanDatesParams) -> Reply<PlanView> {
    state.api()?.save_plan_dates(params).map_err(body)
}

#[tauri::command(async)]
pub fn mark_plan_step(state: State<'_, AppState>, params: PlanStepParams) -> Reply<PlanView> {
    state.api()?.mark_plan_step(params).map_err(body)
}

#[tauri::command(async)]
pub fn delete_plan(state: State<'_, AppState>) -> Reply<()> {
    state.api()?.delete_plan().map_err(body)
}

/// Truly `async`, as `review_profile`: it waits on the hub, then syncs.
#[tauri::command]
pub async fn revoke_devices(state: State<'_, AppState>, params: RevokeParams) -> Reply<SyncDone> {
    state
        .device()?
        .revoke_devices(params)
        .await
        .map_err(sync_body)
}

#[tauri::command(async)]
pub fn lock_status(state: State<'_, AppState>) -> Reply<LockStatus> {
    state.api()?.lock_status().map_err(body)
}

#[tauri::command(async)]
pub fn unlock(state: State<'_, AppState>, params: PinParams) -> Reply<LockStatus> {
    state.api()?.unlock(params).map_err(body)
}

#[tauri::command(async)]
pub fn lock(state: State<'_, AppState>) -> Reply<LockStatus> {
    state.api()?.lock().map_err(body)
}

#[tauri::command(async)]
pub fn set_pin(state: State<'_, AppState>, params: PinParams) -> Reply<LockStatus> {
    state.api()?.set_pin(params).map_err(body)
}

#[tauri::command(async)]
pub fn change_pin(state: State<'_, AppState>, params: ChangePinParams) -> Reply<LockStatus> {
    state.api()?.change_pin(params).map_err(body)
}

#[tauri::command(async)]
pub fn remove_pin(state: State<'_, AppState>, params: PinParams) -> Reply<LockStatus> {
    state.api()?.remove_pin(params).map_err(body)
}

#[tauri::command(async)]
pub fn set_idle(state: State<'_, AppState>, params: IdleParams) -> Reply<LockStatus> {
    state.api()?.set_idle(params).map_err(body)
}

#[tauri::command(async)]
pub fn leave(state: State<'_, AppState>) -> Reply<LockStatus> {
    state.api()?.leave().map_err(body)
}

#[tauri::command(async)]
pub fn start_over(state: State<'_, AppState>) -> Reply<LockStatus> {
    state.api()?.start_over().map_err(body)
}

#[tauri::command(async)]
pub fn dismiss_notice(state: State<'_, AppState>) -> Reply<LockStatus> {
    state.api()?.dismiss_notice().map_err(body)
}

#[tauri::command(async)]
pub fn suggestions(state: State<'_, AppState>) -> Reply<SuggestionsView> {
    state.api()?.suggestions().map_err(sync_body)
}

#[tauri::command(async)]
pub fn save_suggestion(state: State<'_, AppState>, params: SuggestionParams) -> Reply<Suggestion> {
    state.api()?.save_suggestion(params).map_err(sync_body)
}

#[tauri::command(async)]
pub fn delete_suggestion(state: State<'_, AppState>, params: SuggestionIdParams) -> Reply<()> {
    state.api()?.delete_suggestion(params).map_err(sync_body)
}

#[tauri::command(async)]
pub fn flag(state: State<'_, AppState>, params: FlagParams) -> Reply<()> {
    state.api()?.flag(params).map_err(body)
}
